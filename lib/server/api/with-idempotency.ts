import "server-only";
import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import type { IdempotencyKey, Prisma } from "@/lib/generated/prisma/client";
import { runInRequestTransaction } from "@/lib/server/db";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";

/** How long a retry waits for the same key's first request to finish before it is told to retry later. */
const WAIT_FOR_FIRST_MS = 15_000;

/** Thrown inside the transaction to roll back a 5xx answer (nothing of it may stay) and still return it. */
class RollBack extends Error {
  constructor(readonly response: NextResponse) {
    super("rolled back");
  }
}

/**
 * Idempotency-Key handling: a retry with the same key and body gets the first response back and
 * writes nothing; the same key with another body is refused. Keys are scoped to their sender.
 *
 * The key is reserved in the same transaction as the write (the request's handler runs inside it,
 * and runMutation joins it), so a key exists exactly when its write committed: a crash, a killed
 * server or a database outage mid-write rolls both back, and the retry runs the write. A retry that
 * arrives while the first request runs waits for it on the key's unique index, then replays it.
 */
export async function withIdempotency({
  db,
  scope,
  key,
  method,
  path,
  bodyText,
  run,
}: {
  db: Db;
  scope: string;
  key: string;
  method: string;
  path: string;
  bodyText: string;
  run: () => Promise<NextResponse>;
}): Promise<NextResponse> {
  if (key.length < 8 || key.length > 200 || /[^\x21-\x7e]/.test(key)) {
    throw new AppError(
      "INVALID_IDEMPOTENCY_KEY",
      "An Idempotency-Key has 8 to 200 printable ASCII characters (a UUID is a good choice).",
    );
  }
  const requestHash = createHash("sha256").update(`${method} ${path}\n${bodyText}`).digest("hex");
  // The common retry: the first request finished long ago; answer without opening a transaction.
  const done = await db.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
  if (done) return replay(done, requestHash);
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${WAIT_FOR_FIRST_MS}ms'`);
        // Waits while another transaction holds the same key; inserts nothing if that one committed.
        const { count } = await tx.idempotencyKey.createMany({
          data: [{ scope, key, method, path, requestHash, responseStatus: 0, responseBody: {} }],
          skipDuplicates: true,
        });
        if (count === 0) {
          const first = await tx.idempotencyKey.findUniqueOrThrow({ where: { scope_key: { scope, key } } });
          return replay(first, requestHash);
        }
        const response = await runInRequestTransaction(tx, run);
        if (response.status >= 500) throw new RollBack(response);
        const body = (await response
          .clone()
          .json()
          .catch(() => ({}))) as Prisma.InputJsonValue;
        await tx.idempotencyKey.update({
          where: { scope_key: { scope, key } },
          data: { responseStatus: response.status, responseBody: body },
        });
        return response;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof RollBack) return error.response;
    if (isLockTimeout(error)) {
      throw new AppError(
        "IDEMPOTENT_REQUEST_IN_PROGRESS",
        "A request with this Idempotency-Key is still being processed; retry shortly.",
        { fix: "Retry the same request with the same key in a few seconds: it replays the result once it is done." },
      );
    }
    throw error;
  }
}

function replay(stored: IdempotencyKey, requestHash: string): NextResponse {
  if (stored.requestHash !== requestHash) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used for a different request.", {
      fix: "Use a new key for a new request; reuse a key only to retry the same request.",
    });
  }
  return NextResponse.json(stored.responseBody, {
    status: stored.responseStatus,
    headers: { "idempotent-replayed": "true" },
  });
}

/** Postgres lock_not_available (55P03), however the driver adapter wraps it. */
function isLockTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const o = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown } };
    if (o.code === "55P03" || o.meta?.code === "55P03") return true;
    if (typeof o.message === "string" && /lock timeout|lock_not_available|55P03/i.test(o.message)) return true;
    e = o.cause;
  }
  return false;
}
