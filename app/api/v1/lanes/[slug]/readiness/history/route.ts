import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getLaneHistory } from "@/lib/server/lanes/get-lane-history";

export const dynamic = "force-dynamic";

/** The lane's readiness timeline, newest first (same as /readiness?history=1's `history`). */
export const GET = withApi({ params: ZSlugParams }, async ({ params }) => {
  const { entries } = await getLaneHistory({ db: getDb(), slug: params.slug });
  return NextResponse.json({ lane: params.slug, history: entries }, { headers: { "cache-control": "no-store" } });
});
