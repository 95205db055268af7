import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Rows (with Dates and Decimals) as plain JSON for the audit trail; undefined stays "no value". */
export function toJsonValue(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
