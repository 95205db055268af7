import { NextResponse } from "next/server";
import { ZPlanDiffQuery } from "@/lib/schemas/ingest";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getPlanDiff } from "@/lib/server/ingest/get-plan-diff";

export const dynamic = "force-dynamic";

export const GET = withApi({ params: ZSlugParams, query: ZPlanDiffQuery }, async ({ params, query }) => {
  const result = await getPlanDiff({ db: getDb(), slug: params.slug, query });
  return NextResponse.json(result, { headers: { "cache-control": "no-store" } });
});
