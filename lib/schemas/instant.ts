import { z } from "zod";
import { describeUnstorable } from "@/lib/domain/validation/find-unstorable-text";

/** Largest value of a Postgres `integer` column (versions, counts): anything above is a 400, not a 500. */
export const INT32_MAX = 2_147_483_647;

/**
 * Text Postgres can store: no NUL, no lone surrogate. withApi checks every string of a request the
 * same way (the class is handled at the edge); forms use these so the browser says it first.
 */
export const ZStorableText = z.string().superRefine((s, ctx) => {
  const message = describeUnstorable(s);
  if (message) ctx.addIssue({ code: "custom", message });
});

/** Years Postgres timestamptz reads back from an ISO string: 0001-9999 (year 0000 does not exist). */
export const isStorableInstant = (iso: string) => {
  const year = new Date(iso).getUTCFullYear();
  return Number.isFinite(year) && year >= 1 && year <= 9999;
};
const STORABLE_INSTANT = "Give a date between the years 0001 and 9999";

/**
 * A point in time as an ISO 8601 string with a zone (the forms send UTC: `...Z`). Stored as
 * timestamptz, so the zone is never guessed from the server's clock.
 */
export const ZInstant = z.iso
  .datetime({
    offset: true,
    error: "Give a date and time (ISO 8601 with a time zone, e.g. 2026-11-25T17:00:00Z)",
  })
  .refine(isStorableInstant, STORABLE_INSTANT);

/** Database ids are cuids; anything else in the URL is a 400, not a 404 lookup. */
export const ZId = ZStorableText.pipe(
  z.string().trim().min(1, "An id is required").max(64, "An id has at most 64 characters"),
);

/** The record version the caller saw (optimistic concurrency); optional for CI pipelines. */
export const ZExpectedVersion = z
  .number({ error: "The version must be a whole number" })
  .int("The version must be a whole number")
  .positive("The version must be 1 or more")
  .max(INT32_MAX, `The version is at most ${INT32_MAX}`);

/** A written reason, required wherever a change must be explained. */
export const ZReason = z
  .string()
  .trim()
  .min(3, "Write a reason of at least 3 characters")
  .max(2000, "A reason has at most 2,000 characters");
