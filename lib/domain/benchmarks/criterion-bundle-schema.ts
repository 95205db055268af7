import * as z from "zod";

// What criterion writes per benchmark under target/criterion (criterion 0.3 to 0.5, the version
// DataFusion's benches use): `<group>/<function>/<baseline>/{benchmark,estimates,sample}.json`.
// The CLI (`lanegate bench push --criterion DIR --baseline NAME`) and the archive upload send
// those files as they are, with their paths; they are read here, never rewritten by the client.

/** criterion's sample sizes go to a few thousand; more is not a criterion file. */
const MAX_SAMPLES = 10_000;

export const ZCriterionBenchmarkJson = z.looseObject({
  group_id: z.string().min(1, { error: "group_id must not be empty" }),
  function_id: z.string().nullable().optional(),
  value_str: z.string().nullable().optional(),
  full_id: z.string().min(1, { error: "full_id must not be empty" }),
  directory_name: z.string().optional(),
});

export const ZCriterionSampleJson = z
  .looseObject({
    sampling_mode: z.string().optional(),
    // Iterations per sample (floats in the file, whole numbers in practice).
    iters: z
      .array(z.number().positive({ error: "iters must be positive" }))
      .min(1)
      .max(MAX_SAMPLES),
    // Total nanoseconds measured for each sample.
    times: z
      .array(z.number().nonnegative({ error: "times must not be negative" }))
      .min(1)
      .max(MAX_SAMPLES),
  })
  .refine((s) => s.iters.length === s.times.length, {
    error: "iters and times must have one entry per sample (the same length)",
  });

const ZEstimate = z.looseObject({ point_estimate: z.number() });
export const ZCriterionEstimatesJson = z.looseObject({ mean: ZEstimate.optional(), median: ZEstimate.optional() });

export const ZCriterionFile = z.object({
  /** Relative to the criterion folder: `tpch/Q01_sf1/main/sample.json`. */
  path: z.string().min(1).max(1000),
  content: z.unknown(),
});

export const ZCriterionBundle = z.looseObject({
  criterion: z.object({
    /** The saved baseline read (`--save-baseline NAME`), or `new` for the latest run. */
    baseline: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\]+$/, { error: "baseline is a folder name such as main or new, without slashes" }),
    files: z.array(ZCriterionFile).min(1, { error: "files is empty: no criterion benchmark was found" }).max(30_000),
  }),
});

export type TCriterionBundle = z.infer<typeof ZCriterionBundle>;
export type TCriterionFile = z.infer<typeof ZCriterionFile>;
