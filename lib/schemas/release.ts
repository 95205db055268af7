import { z } from "zod";

export const ZVersionLabel = z
  .string()
  .trim()
  .min(1, "Give the release a version label, e.g. 2026.11.2")
  .max(64, "A version label has at most 64 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, "Use letters, digits, dots, dashes, underscores or plus signs");

/** Planning a release (not deployed yet: deployment freezes the KPI targets). */
export const ZCreateRelease = z.object({
  versionLabel: ZVersionLabel,
  engineVersion: z.string().trim().min(1, "Name the DataFusion version, e.g. DataFusion 53.1.0").max(100),
  notes: z.string().trim().max(2000, "Notes have at most 2,000 characters").optional(),
});
export type TCreateRelease = z.infer<typeof ZCreateRelease>;
