import { z } from "zod";
import { ZInstant } from "@/lib/schemas/instant";
import { ZVersionLabel } from "@/lib/schemas/release";

/** Body limits of the ingestion routes, documented in the OpenAPI document and the README. */
export const BENCHMARK_RUN_MAX_BYTES = 5 * 1024 * 1024;
export const PLAN_MAX_BYTES = 2 * 1024 * 1024;

export const ZMeasurementSourceInput = z.enum(["SHADOW", "PRODUCTION", "SYNTHETIC"]);

/** A DataFusion benchmark result pushed by a pipeline (dfbench `-o` JSON or a ClickBench result). */
export const ZPushBenchmarkRun = z
  .object({
    role: z.enum(["BASELINE", "CANDIDATE"], { error: 'role is "BASELINE" or "CANDIDATE"' }),
    releaseLabel: ZVersionLabel.optional().meta({
      description: "The release a CANDIDATE run measures; with it, the latency KPI is recorded for that release.",
    }),
    label: z
      .string()
      .trim()
      .max(200, "A label has at most 200 characters")
      .optional()
      .meta({ description: "Free text, e.g. the commit or the machine." }),
    source: ZMeasurementSourceInput.default("SHADOW").meta({
      description: "Where the candidate's latency measurement comes from (default SHADOW).",
    }),
    result: z.unknown().meta({
      description: "The JSON object dfbench (`dfbench <benchmark> ... -o FILE`) or ClickBench wrote, unchanged.",
    }),
  })
  .refine((v) => v.result !== undefined, { path: ["result"], message: "Send the benchmark JSON under result" })
  .refine((v) => !(v.role === "BASELINE" && v.releaseLabel !== undefined), {
    path: ["releaseLabel"],
    message: "A baseline run belongs to the lane, not to a release; leave releaseLabel out",
  });
export type TPushBenchmarkRun = z.infer<typeof ZPushBenchmarkRun>;

/** EXPLAIN output of one named query, as DataFusion printed it (any format or layout). */
export const ZPushPlan = z.object({
  queryName: z
    .string()
    .trim()
    .min(1, "Name the query, e.g. revenue_by_region or q17")
    .max(200, "A query name has at most 200 characters"),
  releaseLabel: ZVersionLabel.optional().meta({
    description: "The release the plan was captured for; without it the plan belongs to the lane.",
  }),
  text: z.string().min(1, "Send the EXPLAIN text").meta({
    description:
      "The EXPLAIN output as printed (indent, tree, VERBOSE, ANALYZE, pgjson, graphviz; CLI table or sqllogictest layout).",
  }),
  capturedAt: ZInstant.optional(),
});
export type TPushPlan = z.infer<typeof ZPushPlan>;

export const ZPlanDiffQuery = z.object({
  query: z.string().trim().min(1, "Name the query to diff").max(200),
  release: ZVersionLabel.meta({ description: 'The release whose plan is the "after" side.' }),
  against: ZVersionLabel.optional().meta({
    description: 'The "before" release; default: the latest earlier release with a plan for this query.',
  }),
});
export type TPlanDiffQuery = z.infer<typeof ZPlanDiffQuery>;

/**
 * The release page's plan form: several EXPLAIN outputs at once (pasted or uploaded files), each
 * sent as its own ZPushPlan to the plan-snapshot route, as `lanegate plans push` does.
 */
export const ZAddPlans = z.object({
  releaseLabel: ZVersionLabel,
  plans: z.array(ZPushPlan.pick({ queryName: true, text: true })).min(1, "Paste or upload at least one plan"),
});
export type TAddPlans = z.infer<typeof ZAddPlans>;
