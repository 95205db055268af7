import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
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

export function createDb(connectionString: string, poolMax = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolMax }) });
}

/** The process's client, never a request's transaction (for long-lived holders such as Better Auth). */
export function getRootDb(): PrismaClient {
  if (!globalForDb.lanegateDb) {
    const env = getEnv();
    globalForDb.lanegateDb = createDb(env.DATABASE_URL, env.DATABASE_POOL_MAX);
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
