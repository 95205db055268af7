// The database the run scripts use: the server named by DATABASE_URL when it is set, otherwise the
// embedded PGlite database in .data/pglite, which is created (and later seeded) on first start.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { acquireDataFolderLock } from "./data-folder-lock.mjs";
import { EMBEDDED_APP_POOL_MAX, startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { ensureDatabase } from "./local-database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = path.join(root, ".data", "pglite");
// Beside the data folder, not in it: resetting the demo deletes the folder while holding the lock.
export const LOCK_FILE = path.join(root, ".data", "pglite.lock");
// Inside it: deleting the folder forgets that the demo was loaded, so the next start loads it again.
const SEEDED_MARKER = path.join(DATA_DIR, "lanegate-demo-seeded");

/**
 * Returns `{ url, embedded, description, poolMax, needsDemo, markDemoLoaded, close }`. `needsDemo`
 * is true only for an embedded database that has never been seeded: a configured server gets the
 * demo organisation only when asked (`--seed`, `npm run db:seed`).
 */
export async function openDatabase({ env = process.env } = {}) {
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      embedded: false,
      description: `Postgres at ${new URL(env.DATABASE_URL).host} (DATABASE_URL)`,
      poolMax: undefined,
      needsDemo: false,
      markDemoLoaded: () => {},
      close: async () => {},
    };
  }
  const release = acquireDataFolderLock(LOCK_FILE);
  let server;
  try {
    server = await startEmbeddedPostgres({ dataDir: DATA_DIR });
  } catch (error) {
    release();
    throw error;
  }
  return {
    url: server.url,
    embedded: true,
    // The URL changes with every start (a free port); printed so that psql can look inside.
    description: `embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR}, at ${server.url} while running`,
    poolMax: EMBEDDED_APP_POOL_MAX,
    needsDemo: !fs.existsSync(SEEDED_MARKER),
    markDemoLoaded: () => fs.writeFileSync(SEEDED_MARKER, `${new Date().toISOString()}\n`),
    close: async () => {
      try {
        await server.stop();
      } finally {
        release();
      }
    },
  };
}
