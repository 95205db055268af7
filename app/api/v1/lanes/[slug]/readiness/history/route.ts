import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZLaneHistory } from "@/lib/schemas/readiness";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getLaneHistory } from "@/lib/server/lanes/get-lane-history";

export const dynamic = "force-dynamic";

/** The lane's readiness timeline, newest first (same as /readiness?history=1's `history`). */
export const GET = withApi(
  {
    operationId: "getLaneReadinessHistory",
    tag: "Readiness",
    summary: "Each change of the lane's verdict, streak, reasons or flags, with the event that caused it",
    params: ZSlugParams,
    response: { status: 200, description: "The readiness history, newest first", schema: ZLaneHistory },
    errors: ["NOT_FOUND"],
  },
  async ({ params }) => {
    const { entries } = await getLaneHistory({ db: getDb(), slug: params.slug });
    return NextResponse.json({ lane: params.slug, history: entries }, { headers: { "cache-control": "no-store" } });
  },
);
