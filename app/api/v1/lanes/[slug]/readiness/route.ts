import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";

export const dynamic = "force-dynamic";

export const GET = withApi({ params: ZSlugParams }, async ({ params }) => {
  const body = await getLaneReadiness({ db: getDb(), slug: params.slug, now: new Date() });
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
});
