import { z } from "zod";

/**
 * A point in time as an ISO 8601 string with a zone (the forms send UTC: `...Z`). Stored as
 * timestamptz, so the zone is never guessed from the server's clock.
 */
export const ZInstant = z.iso.datetime({
  offset: true,
  error: "Give a date and time (ISO 8601 with a time zone, e.g. 2026-11-25T17:00:00Z)",
});

/** Database ids are cuids; anything else in the URL is a 400, not a 404 lookup. */
export const ZId = z.string().trim().min(1, "An id is required").max(64, "An id has at most 64 characters");

/** The record version the caller saw (optimistic concurrency); optional for CI pipelines. */
export const ZExpectedVersion = z
  .number({ error: "The version must be a whole number" })
  .int("The version must be a whole number")
  .positive("The version must be 1 or more");

/** A written reason, required wherever a change must be explained. */
export const ZReason = z
  .string()
  .trim()
  .min(3, "Write a reason of at least 3 characters")
  .max(2000, "A reason has at most 2,000 characters");
