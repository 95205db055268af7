import { NextResponse } from "next/server";
import { ZPlanDiffQuery } from "@/lib/schemas/ingest";
import { ZPlanDiff } from "@/lib/schemas/ingest-responses";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getPlanDiff } from "@/lib/server/ingest/get-plan-diff";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "getPlanDiff",
    tag: "Ingestion",
    summary: "Diff a query's plans between two releases",
    description:
      "Operators added, removed or changed (properties before → after), ANALYZE metric deltas, and change sentences.",
    params: ZSlugParams,
    query: ZPlanDiffQuery,
    response: { status: 200, description: "Both plans and their diff", schema: ZPlanDiff },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "PLAN_NOT_FOUND"],
  },
  async ({ params, query }) => {
    const result = await getPlanDiff({ db: getDb(), slug: params.slug, query });
    return NextResponse.json(result, { headers: { "cache-control": "no-store" } });
  },
);
