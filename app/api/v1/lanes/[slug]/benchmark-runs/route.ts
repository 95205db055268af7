import { NextResponse } from "next/server";
import { BENCHMARK_RUN_MAX_BYTES, ZPushBenchmarkRun } from "@/lib/schemas/ingest";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { pushBenchmarkRun } from "@/lib/server/ingest/push-benchmark-run";

export const POST = withApi(
  { params: ZSlugParams, body: ZPushBenchmarkRun, maxBodyBytes: BENCHMARK_RUN_MAX_BYTES },
  async ({ params, body, actor }) => {
    const result = await pushBenchmarkRun({ db: getDb(), actor, slug: params.slug, input: body });
    return NextResponse.json(result, { status: 201 });
  },
);
