// Whether `prisma migrate deploy` has anything to do. Starting the Prisma CLI and its WebAssembly
// engine costs about 6 s on 2 cores, nearly half of a warm restart; when every migration folder is
// already recorded as applied, the run scripts skip it. Anything unusual (no history table, a
// failed or rolled-back migration) counts as pending, so the CLI decides and reports it.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** Names of migration folders not yet applied to `url`; every folder when that cannot be told. */
export async function pendingMigrations({ url, migrationsDir }) {
  const folders = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const { rows: failed } = await client.query(
      `SELECT 1 FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL LIMIT 1`,
    );
    if (failed.length) return folders;
    const applied = new Set(rows.map((row) => row.migration_name));
    return folders.filter((name) => !applied.has(name));
  } catch {
    return folders; // no _prisma_migrations yet (fresh database) or unreachable: let the CLI say
  } finally {
    await client.end().catch(() => {});
  }
}
