import "server-only";
import { NextResponse } from "next/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";

const PROBLEM = "application/problem+json";

function problem(status: number, body: Record<string, unknown>): NextResponse {
  return NextResponse.json({ status, ...body }, { status, headers: { "content-type": PROBLEM } });
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
  console.error("Unhandled API error", error);
  return problem(500, { code: "INTERNAL", title: "Something went wrong on the server. The error has been logged." });
}
