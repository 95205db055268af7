/**
 * Whether an error means the database cannot be reached right now (down, restarting, connection
 * lost, pool exhausted), as opposed to a bug: the API answers 503 with Retry-After for these.
 * Errors arrive wrapped (Prisma, the pg driver adapter, Better Auth), so the cause chain is walked.
 */
const NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
]);
// Postgres SQLSTATEs: connection exceptions (08), admin/crash shutdown and start-up (57P01-57P03),
// too many connections (53300); Prisma: can't reach / timed out / closed / pool timeout.
const SQL_STATES = /^(08\d{3}|57P0[1-3]|53300)$/;
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Can't reach database|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to|timeout exceeded when trying to connect|Client has encountered a connection error|DatabaseNotReachable|ConnectionClosed/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const o = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      meta?: Record<string, unknown>;
      errors?: unknown;
    };
    for (const code of [o.code, o.originalCode, o.meta?.code]) {
      if (typeof code !== "string") continue;
      if (NODE_CODES.has(code) || SQL_STATES.test(code) || PRISMA_CODES.has(code)) return true;
    }
    if (o.kind === "DatabaseNotReachable" || o.kind === "ConnectionClosed" || o.kind === "SocketTimeout") return true;
    if (typeof o.message === "string" && MESSAGES.test(o.message)) return true;
    queue.push(o.cause, o.meta?.driverAdapterError, o.meta?.cause);
    if (Array.isArray(o.errors)) queue.push(...o.errors);
  }
  return false;
}

/** For a promise's rejection handler: true when the database is unreachable, otherwise the error again. */
export function rethrowUnlessDatabaseUnavailable(error: unknown): true {
  if (isDatabaseUnavailable(error)) return true;
  throw error;
}
