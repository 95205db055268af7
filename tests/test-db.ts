import { PrismaPg } from "@prisma/adapter-pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A client on the run's fresh database that counts the SQL statements it sends. */
export function createTestDb() {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: inject("databaseUrl"), max: inject("databasePoolMax") }),
    log: [{ emit: "event", level: "query" }],
  });
  const counter = { queries: 0 };
  db.$on("query", () => {
    counter.queries += 1;
  });
  return { db, counter };
}

export const uniqueSlug = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
