import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One PrismaClient per process; kept on globalThis so dev-mode hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { lanegateDb?: PrismaClient };

/**
 * The transaction a request runs in when its write must commit together with something else (an
 * Idempotency-Key reservation, lib/server/api/with-idempotency.ts). Inside it, getDb() is that
 * transaction, so every read and write of the request uses its one connection.
 */
const requestTransaction = new AsyncLocalStorage<Prisma.TransactionClient>();

// Statements with this many bind parameters or more are sent unnamed: their text varies with a
// list's length (`IN ($1, $2, …)`), and each name would stay prepared on its connection.
const MAX_PREPARED_PARAMS = 32;

/**
 * The name a statement is prepared under on a connection: its text's hash, so the same statement
 * is parsed and planned once per connection (the gate's load is a 40-join statement that Postgres
 * otherwise re-plans on every write). Undefined (sent unnamed) for list-shaped statements.
 */
function preparedStatementName(query: { sql: string; args: readonly unknown[] }): string | undefined {
  if (query.args.length >= MAX_PREPARED_PARAMS) return undefined;
  return `lg_${createHash("sha1").update(query.sql).digest("base64url")}`;
}

/**
 * A client with its own pool. Statements are prepared under names only when asked (the app's own
 * client asks unless DATABASE_PREPARED_STATEMENTS=false): on the embedded database a name would
 * outlive its connection (its socket shares one session) and clash with the next one's.
 */
export function createDb(
  connectionString: string,
  { poolMax = 10, preparedStatements = false }: { poolMax?: number; preparedStatements?: boolean } = {},
): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolMax }, pgAdapterOptions({ preparedStatements })),
  });
}

/** The adapter's options for a client that does (or does not) prepare statements under names. */
export function pgAdapterOptions({ preparedStatements }: { preparedStatements: boolean }) {
  // The option is typed as always returning a name; undefined sends the statement unnamed.
  return preparedStatements
    ? { statementNameGenerator: preparedStatementName as (q: { sql: string; args: unknown[] }) => string }
    : {};
}

/** The process's client, never a request's transaction (for long-lived holders such as Better Auth). */
export function getRootDb(): PrismaClient {
  if (!globalForDb.lanegateDb) {
    const env = getEnv();
    globalForDb.lanegateDb = createDb(env.DATABASE_URL, {
      poolMax: env.DATABASE_POOL_MAX,
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
    });
  }
  return globalForDb.lanegateDb;
}

export function getDb(): PrismaClient {
  // A transaction client has every model and raw-query method; only $transaction is missing, and
  // runMutation joins getRequestTransaction() instead of opening one.
  return (requestTransaction.getStore() as PrismaClient | undefined) ?? getRootDb();
}

export function getRequestTransaction(): Prisma.TransactionClient | undefined {
  return requestTransaction.getStore();
}

export function runInRequestTransaction<T>(tx: Prisma.TransactionClient, fn: () => Promise<T>): Promise<T> {
  return requestTransaction.run(tx, fn);
}
