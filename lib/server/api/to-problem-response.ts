import "server-only";
import { NextResponse } from "next/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable } from "@/lib/server/api/is-database-unavailable";

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const PROBLEM = "application/problem+json";

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ status, ...body }, { status, headers: { "content-type": PROBLEM, ...headers } });
}

/** Maps any thrown value to RFC 9457 problem+json; internals (stack, SQL) never leave the server. */
export function toProblemResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return problem(error.status, {
      type: `https://lanegate.dev/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
      title: error.message,
      code: error.code,
      ...(error.details.fix ? { fix: error.details.fix } : {}),
      ...(error.details.params ? { invalid_params: error.details.params } : {}),
      ...error.details.extra,
    });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return problem(404, { code: "NOT_FOUND", title: "The record was not found." });
    if (error.code === "P2002")
      return problem(409, { code: "CONFLICT", title: "A record with the same unique key already exists." });
  }
  if (isDatabaseUnavailable(error)) {
    console.error(
      "API: database unavailable:",
      error instanceof Error ? error.message.trim().split("\n").at(-1) : error,
    );
    return problem(
      503,
      {
        type: "https://lanegate.dev/problems/database-unavailable",
        code: "DATABASE_UNAVAILABLE",
        title: "The database is unavailable right now; retry shortly.",
        fix: `Retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds; with an Idempotency-Key a retried write is applied exactly once.`,
      },
      { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
    );
  }
  console.error("Unhandled API error", error);
  return problem(500, { code: "INTERNAL", title: "Something went wrong on the server. The error has been logged." });
}
