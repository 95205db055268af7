import { z } from "zod";

const optional = z.string().trim().max(200).optional().transform((v) => (v ? v : undefined));

/** Filters of the audit page and GET /api/v1/audit (all optional; `cursor` pages by id). */
export const ZAuditQuery = z.object({
  lane: optional,
  actor: optional,
  entityType: optional,
  action: optional,
  from: z.iso.datetime({ offset: true, error: "Use an ISO date-time, e.g. 2026-11-01T00:00:00Z" }).optional().or(z.literal("").transform(() => undefined)),
  to: z.iso.datetime({ offset: true, error: "Use an ISO date-time, e.g. 2026-11-30T00:00:00Z" }).optional().or(z.literal("").transform(() => undefined)),
  cursor: z.string().regex(/^\d+$/, "A cursor is an event id").optional().or(z.literal("").transform(() => undefined)),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
