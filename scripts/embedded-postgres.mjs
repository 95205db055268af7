// Embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served on a loopback TCP port by
// @electric-sql/pglite-socket. Speaking the normal wire protocol is the point: the Prisma CLI's
// WebAssembly schema engine (scripts/prisma-schema-engine.mjs) and the app's PrismaPg client both
// reach it through plain `pg`, exactly as they reach a real server.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// PGlite runs one statement at a time whatever the number of sockets, so more app connections buy
// no throughput. One keeps the app's extended-protocol messages from ever being interleaved with
// another socket's in PGlite's single backend (the socket server queues per message, not per query).
export const EMBEDDED_APP_POOL_MAX = 1;

// Sockets are cheap and idle ones hold nothing: room for the app, a `prisma migrate`, a seed run
// and a psql session at once. The server answers "Too many connections" past this.
export const EMBEDDED_MAX_CONNECTIONS = 16;

/**
 * Opens (or creates, on first use) the PGlite database in `dataDir` ("memory://" for a throwaway
 * one) and serves it on 127.0.0.1 on a free port. `stop()` closes the sockets, then the database,
 * so that Postgres checkpoints and the folder is consistent on disk; it is safe to call twice.
 */
export async function startEmbeddedPostgres({ dataDir, port = 0 }) {
  let db;
  try {
    db = await PGlite.create({ dataDir });
  } catch (error) {
    throw new EmbeddedDatabaseError(dataDir, error);
  }
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const [host, boundPort] = server.getServerConn().split(":");
  // PGlite has a single database, "postgres", and accepts any user without a password.
  const url = `postgresql://postgres@${host}:${boundPort}/postgres`;

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      await server.stop();
      if (!db.closed) await db.close();
    })();
    return stopping;
  };
  return { url, stop };
}

/** PGlite could not open the folder: most often one left half-written by a killed process. */
export class EmbeddedDatabaseError extends Error {
  constructor(dataDir, cause) {
    super(`The embedded database in ${dataDir} could not be opened: ${cause?.message ?? cause}`, { cause });
    this.name = "EmbeddedDatabaseError";
  }
}
