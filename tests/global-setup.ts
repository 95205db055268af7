import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "./fresh-database";
import { insertTestTeam } from "./test-team";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Connections per test client; unset means pg's default (tests/global-setup-pglite.ts sets it). */
    databasePoolMax?: number;
    /** The embedded database (PGlite behind its socket), which shares one session between connections. */
    databaseEmbedded?: boolean;
  }
}

/** Each integration run gets its own database, created and migrated with `prisma migrate deploy`. */
export default async function setup(project: TestProject) {
  const { url, drop } = await createFreshDatabase("lanegate_it");
  await insertTestTeam(url);
  project.provide("databaseUrl", url);
  return async () => {
    await drop();
  };
}
