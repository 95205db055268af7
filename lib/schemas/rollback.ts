import { z } from "zod";
import { isStorableInstant, ZExpectedVersion } from "@/lib/schemas/instant";
import { ZIsoTime } from "@/lib/schemas/json";

export const ZRollbackDesign = z.object({
  runbookUrl: z
    .url({
      protocol: /^https?$/,
      error: "Enter a full http(s) link to the runbook, e.g. https://wiki.example/runbooks/lane",
    })
    .max(2000),
  rollbackTarget: z.string().trim().min(1, "Name what traffic falls back to, e.g. the warehouse job").max(500),
  /** The design's version when the form was opened; absent when there was no design yet. */
  version: ZExpectedVersion.optional(),
});
export type TRollbackDesign = z.infer<typeof ZRollbackDesign>;

/** "mm:ss", "h:mm:ss" or plain seconds, as typed in the drill form. */
export function parseRecoveryTime(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const m = /^(?:(\d+):)?(\d{1,3}):([0-5]\d)$/.exec(t);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

export const ZRecordDrill = z.object({
  performedAt: z.iso
    .datetime({ offset: true, error: "Enter when the drill was performed" })
    .refine(isStorableInstant, "Give a date between the years 0001 and 9999"),
  recoverySeconds: z
    .number({ error: "Enter the recovery time as seconds or mm:ss" })
    .int("Enter whole seconds")
    .min(0, "A recovery time cannot be negative")
    .max(7 * 86_400, "At most a week"),
  notes: z.string().trim().max(2000, "Notes have at most 2,000 characters").optional(),
});
export type TRecordDrill = z.infer<typeof ZRecordDrill>;

/** The rollback design as the API returns it; `version` is what the next save sends. */
export const ZRollbackDesignRecord = z.object({
  runbookUrl: z.string().nullable(),
  rollbackTarget: z.string().nullable(),
  version: z.number().int(),
});

/** A rollback drill as the API returns it. */
export const ZDrillRecord = z.object({
  id: z.string(),
  laneId: z.string(),
  performedAt: ZIsoTime,
  recoverySeconds: z.number().int(),
  notes: z.string().nullable(),
  createdAt: ZIsoTime,
});
