import { z } from "zod";
import { isStorableInstant } from "@/lib/schemas/instant";
import { ZIsoTime } from "@/lib/schemas/json";

const BIGINT_MAX = 9_223_372_036_854_775_807n;

const optional = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));

// A day (UTC, the whole day) or an exact ISO instant.
const instant = (which: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], {
        error: `Use a date (2026-11-01) or an ISO date-time for the ${which}`,
      })
      .refine(isStorableInstant, "Give a date between the years 0001 and 9999")
      .optional(),
  );

/** Filters of the audit page and GET /api/v1/audit (all optional; `cursor` pages by id). */
export const ZAuditQuery = z.object({
  lane: optional,
  actor: optional,
  entityType: optional,
  action: optional,
  from: instant("start").transform((v) => (v && v.length === 10 ? `${v}T00:00:00.000Z` : v)),
  to: instant("end").transform((v) => (v && v.length === 10 ? `${v}T23:59:59.999Z` : v)),
  cursor: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      // Event ids are Postgres bigints: a larger number cannot name an event.
      .refine((v) => /^\d{1,19}$/.test(v) && BigInt(v) <= BIGINT_MAX, "A cursor is an event id")
      .optional(),
  ),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

/** One page of the audit trail, newest first; `nextCursor` asks for the next page. */
export const ZAuditPage = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      at: ZIsoTime,
      actorType: z.enum(["USER", "TOKEN", "SYSTEM"]),
      actorLabel: z.string(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string(),
      lane: z.object({ id: z.string(), slug: z.string().nullable(), name: z.string() }).nullable(),
      sentence: z.string().meta({ description: "The event as a sentence, with people's names" }),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
