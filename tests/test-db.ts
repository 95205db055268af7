import { PrismaPg } from "@prisma/adapter-pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgAdapterOptions } from "@/lib/server/db";

/**
 * A client on the run's fresh database that counts the SQL statements it sends. On Postgres it
 * prepares statements under names as the app does (lib/server/db.ts); the embedded database, whose
 * socket shares one session between connections, gets them unnamed as the dashboard sends them.
 */
export function createTestDb() {
  const embedded = inject("databaseEmbedded") === true;
  const db = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: inject("databaseUrl"), max: inject("databasePoolMax") },
      pgAdapterOptions({ preparedStatements: !embedded }),
    ),
    log: [{ emit: "event", level: "query" }],
  });
  const counter = { queries: 0 };
  db.$on("query", () => {
    counter.queries += 1;
  });
  return { db, counter };
}

export const uniqueSlug = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
