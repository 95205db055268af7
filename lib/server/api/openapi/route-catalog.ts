import { z } from "zod";
import { BENCHMARK_RUN_MAX_BYTES, PLAN_MAX_BYTES, ZPlanDiffQuery, ZPushBenchmarkRun, ZPushPlan } from "@/lib/schemas/ingest";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZCreateRelease } from "@/lib/schemas/release";

/** The default JSON body limit of withApi (read-json-body.ts), repeated here because that file is server-only. */
const DEFAULT_BODY_BYTES = 1024 * 1024;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteEntry {
  method: HttpMethod;
  /** OpenAPI path under /api/v1, e.g. /lanes/{slug}/plans (the route file's [slug] becomes {slug}). */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Bodies over this size are refused with 413 before parsing. */
  maxBodyBytes?: number;
  success: { status: number; description: string };
  /** Error statuses this route can answer with (problem+json). */
  errors: number[];
  /** Writes accept an Idempotency-Key header. */
  idempotent?: boolean;
}

const WRITE_ERRORS = [400, 401, 403, 404, 409, 413, 415];

/**
 * Every /api/v1 route, described once with the same zod schemas its handler validates with.
 * GET /api/v1/openapi.json is generated from this list; a test checks it against app/api/v1.
 */
export const ROUTE_CATALOG: RouteEntry[] = [
  {
    method: "GET",
    path: "/lanes/{slug}/readiness",
    operationId: "getLaneReadiness",
    tag: "Readiness",
    summary: "The lane's readiness verdict (READY, HOLD or STOP), streak and every reason",
    params: ZSlugParams,
    success: { status: 200, description: "The lane's evaluation" },
    errors: [400, 401, 403, 404],
  },
  {
    method: "POST",
    path: "/lanes/{slug}/releases",
    operationId: "createRelease",
    tag: "Releases",
    summary: "Plan a release of the lane",
    params: ZSlugParams,
    body: ZCreateRelease,
    maxBodyBytes: DEFAULT_BODY_BYTES,
    success: { status: 201, description: "The created release" },
    errors: WRITE_ERRORS,
    idempotent: true,
  },
  {
    method: "POST",
    path: "/lanes/{slug}/benchmark-runs",
    operationId: "pushBenchmarkRun",
    tag: "Ingestion",
    summary: "Push a DataFusion benchmark run (dfbench -o JSON or ClickBench result)",
    description:
      "A BASELINE run becomes the lane's baseline (the latest wins). A CANDIDATE run is compared query by query with it " +
      "(5% noise threshold, as DataFusion's compare.py); with releaseLabel it records the latency KPI for that release: " +
      "KPI baseline × candidate workload total / baseline workload total over comparable queries. If any query failed or is " +
      "missing on one side, no measurement is recorded (measurementSkipped says why). Problems in the benchmark JSON are " +
      "reported with JSON pointers under /result.",
    params: ZSlugParams,
    body: ZPushBenchmarkRun,
    maxBodyBytes: BENCHMARK_RUN_MAX_BYTES,
    success: { status: 201, description: "The stored run, its comparison with the baseline and the measurement recorded (or why none was)" },
    errors: WRITE_ERRORS,
    idempotent: true,
  },
  {
    method: "POST",
    path: "/lanes/{slug}/plans",
    operationId: "pushPlanSnapshot",
    tag: "Ingestion",
    summary: "Push the EXPLAIN output of a named query",
    description:
      "Any DataFusion EXPLAIN format (indent, tree, VERBOSE, ANALYZE, pgjson, graphviz) in any layout (datafusion-cli table, " +
      "sqllogictest, bare). The raw text is always stored; text the parser cannot read is kept and flagged with problems (line, message, severity).",
    params: ZSlugParams,
    body: ZPushPlan,
    maxBodyBytes: PLAN_MAX_BYTES,
    success: { status: 201, description: "The stored snapshot with its detected format and problems" },
    errors: WRITE_ERRORS,
    idempotent: true,
  },
  {
    method: "GET",
    path: "/lanes/{slug}/plans/diff",
    operationId: "getPlanDiff",
    tag: "Ingestion",
    summary: "Diff a query's plans between two releases",
    description: "Operators added, removed or changed (properties before → after), ANALYZE metric deltas, and change sentences.",
    params: ZSlugParams,
    query: ZPlanDiffQuery,
    success: { status: 200, description: "Both plans and their diff" },
    errors: [400, 401, 403, 404],
  },
  {
    method: "GET",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Meta",
    summary: "This OpenAPI 3.1 document",
    success: { status: 200, description: "The OpenAPI document" },
    errors: [],
  },
];
