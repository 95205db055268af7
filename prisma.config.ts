// Prisma 7 CLI configuration. Run the CLI through `node scripts/prisma.mjs ...` so that it uses
// the offline WebAssembly schema engine (scripts/prisma-schema-engine.mjs).
//
// DATABASE_MIGRATION_URL (the table owner, when the app runs as a role that may only read and write
// rows; see README) or else DATABASE_URL is read from the environment (the CLI does not load .env
// files by itself). It is optional here so that `prisma generate` and `prisma validate` work without
// a database; migrate/db commands report a clear error when it is missing. SHADOW_DATABASE_URL is optional:
// without it, `migrate dev` creates and drops a temporary shadow database on the same server.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_MIGRATION_URL || process.env.DATABASE_URL;
const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    ...(url ? { url } : {}),
    ...(shadowDatabaseUrl ? { shadowDatabaseUrl } : {}),
  },
});
