import "server-only";
import { NextResponse } from "next/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable } from "@/lib/server/api/is-database-unavailable";

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const PROBLEM = "application/problem+json";

function problem(error: AppError, headers: Record<string, string> = {}): NextResponse {
  const body = {
    type: `https://lanegate.dev/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.fix ? { fix: error.fix } : {}),
    ...(error.details.params ? { invalid_params: error.details.params } : {}),
    ...error.details.extra,
  };
  return NextResponse.json(body, { status: error.status, headers: { "content-type": PROBLEM, ...headers } });
}

/**
 * Maps any thrown value to RFC 9457 problem+json: `title` is the code's (ERROR_CODES), `detail`
 * says what happened. Internals (stack, SQL) never leave the server.
 */
export function toProblemResponse(error: unknown): NextResponse {
  if (error instanceof AppError) return problem(error);
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return problem(new AppError("NOT_FOUND", "The record was not found."));
    if (error.code === "P2002") return problem(new AppError("CONFLICT"));
  }
  if (isDatabaseUnavailable(error)) {
    console.error(
      "API: database unavailable:",
      error instanceof Error ? error.message.trim().split("\n").at(-1) : error,
    );
    return problem(
      new AppError("DATABASE_UNAVAILABLE", undefined, {
        fix: `Retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds; with an Idempotency-Key a retried write is applied exactly once.`,
      }),
      { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
    );
  }
  console.error("Unhandled API error", error);
  return problem(new AppError("INTERNAL"));
}
