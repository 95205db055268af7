import { NextResponse } from "next/server";
import { BENCHMARK_RUN_MAX_BYTES, ZPushBenchmarkRun } from "@/lib/schemas/ingest";
import { ZBenchmarkRunPushed } from "@/lib/schemas/ingest-responses";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { pushBenchmarkRun } from "@/lib/server/ingest/push-benchmark-run";

export const POST = withApi(
  {
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
    response: {
      status: 201,
      description: "The stored run, its comparison with the baseline and the measurement recorded (or why none was)",
      schema: ZBenchmarkRunPushed,
    },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "INVALID_BENCHMARK_RUN", "NO_BASELINE_RUN"],
  },
  async ({ params, body, actor }) => {
    const result = await pushBenchmarkRun({ db: getDb(), actor, slug: params.slug, input: body });
    return NextResponse.json(result, { status: 201 });
  },
);
