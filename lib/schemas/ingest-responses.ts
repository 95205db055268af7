import { z } from "zod";
import { ZIsoTime } from "@/lib/schemas/json";

// What the ingestion routes answer with. The plan diff and benchmark comparison are described at
// their top level; their inner structure is the plan and benchmark domain types (lib/domain).

/** What the plan parser could not read: stored with the snapshot, read back through this schema. */
export const ZParseProblems = z.array(
  z.object({ line: z.number().int(), message: z.string(), severity: z.enum(["error", "warning"]) }),
);

/** A stored plan snapshot with its detected format and what the parser could not read. */
export const ZPlanSnapshotPushed = z.object({
  id: z.string(),
  queryName: z.string(),
  format: z.string().nullable(),
  capturedAt: ZIsoTime,
  releaseLabel: z.string().nullable(),
  layout: z.string(),
  sections: z.array(z.string()).meta({ description: "The plan_type of each section, in order" }),
  mainPlan: z.object({ planType: z.string(), operators: z.number().int() }).nullable(),
  readable: z.boolean(),
  problems: ZParseProblems,
});

/** The stored run, its comparison with the lane's baseline and the latency measurement recorded (or why none). */
export const ZBenchmarkRunPushed = z.object({
  run: z.object({
    id: z.string(),
    role: z.enum(["BASELINE", "CANDIDATE"]),
    format: z.string(),
    label: z.string().nullable(),
    engineVersion: z.string().nullable(),
    machine: z.string().nullable(),
    startedAt: ZIsoTime.nullable(),
    createdAt: ZIsoTime,
    queries: z.number().int(),
    failedQueries: z.number().int(),
    releaseLabel: z.string().nullable(),
  }),
  baselineRunId: z.string().nullable(),
  comparison: z
    .object({
      noiseThreshold: z.number(),
      queries: z.array(z.unknown()),
      unmatched: z.unknown(),
      workload: z.unknown(),
    })
    .nullable(),
  measurement: z.object({ id: z.string(), kpiKey: z.string(), value: z.number(), source: z.string() }).nullable(),
  measurementSkipped: z.string().nullable(),
});

const ZDiffSide = z.object({
  snapshotId: z.string(),
  releaseLabel: z.string().nullable(),
  capturedAt: ZIsoTime,
  format: z.string().nullable(),
  problems: ZParseProblems,
  plan: z.unknown().meta({ description: "The main plan as a tree of operators; null when unreadable" }),
});

/** Both plans of a query and their diff: operators added, removed or changed, metric deltas, sentences. */
export const ZPlanDiff = z.object({
  query: z.string(),
  before: ZDiffSide,
  after: ZDiffSide,
  diff: z.object({
    plan: z.unknown().nullable(),
    planTypes: z.object({ before: z.string().nullable(), after: z.string().nullable() }),
    stages: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
    notes: z.array(z.string()),
    summary: z.array(z.string()),
  }),
});
