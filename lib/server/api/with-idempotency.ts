import "server-only";
import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";

const PENDING = 0;

/**
 * Idempotency-Key handling: the first request with a key reserves it, runs, and stores its
 * response; a retry with the same key and body gets that response back and writes nothing; the
 * same key with another body is refused. Keys are scoped to their sender.
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
  if (key.length < 8 || key.length > 200) {
    throw new AppError("INVALID_IDEMPOTENCY_KEY", "An Idempotency-Key has 8 to 200 characters.");
  }
  const requestHash = createHash("sha256").update(`${method} ${path}\n${bodyText}`).digest("hex");
  try {
    await db.idempotencyKey.create({
      data: { scope, key, method, path, requestHash, responseStatus: PENDING, responseBody: {} },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const stored = await db.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    if (!stored) throw error;
    if (stored.requestHash !== requestHash) {
      throw new AppError("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used for a different request.");
    }
    if (stored.responseStatus === PENDING) {
      throw new AppError(
        "IDEMPOTENT_REQUEST_IN_PROGRESS",
        "A request with this Idempotency-Key is still being processed.",
      );
    }
    return NextResponse.json(stored.responseBody, {
      status: stored.responseStatus,
      headers: { "idempotent-replayed": "true" },
    });
  }
  let response: NextResponse;
  try {
    response = await run();
  } catch (error) {
    await db.idempotencyKey.delete({ where: { scope_key: { scope, key } } });
    throw error;
  }
  if (response.status >= 500) {
    await db.idempotencyKey.delete({ where: { scope_key: { scope, key } } });
    return response;
  }
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as Prisma.InputJsonValue;
  await db.idempotencyKey.update({
    where: { scope_key: { scope, key } },
    data: { responseStatus: response.status, responseBody: body },
  });
  return response;
}
