import { NextResponse } from "next/server";
import { ZDecisionList, ZDecisionRecorded, ZRecordDecision } from "@/lib/schemas/decision";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { recordDecision } from "@/lib/server/decisions/record-decision";

export const GET = withApi(
  {
    operationId: "getLaneDecisions",
    tag: "Decisions",
    summary: "The lane's expansion decisions",
    params: ZSlugParams,
    response: { status: 200, description: "Decisions, newest first", schema: ZDecisionList },
  },
  async ({ params }) => NextResponse.json({ decisions: await listDecisions({ db: getDb(), laneSlug: params.slug }) }),
);

export const POST = withApi(
  {
    operationId: "recordDecision",
    tag: "Decisions",
    summary: "Approve or refuse expanding the lane's scope (platform lead); freezes the evaluation it rests on",
    params: ZSlugParams,
    body: ZRecordDecision,
    response: { status: 201, description: "The decision and the lane's stage after it", schema: ZDecisionRecorded },
    errors: ["NOT_FOUND", "INVALID_STAGE_TRANSITION", "EXPANSION_GATE_CLOSED", "ONE_LANE_RULE", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await recordDecision({ db: getDb(), actor, slug: params.slug, input: body }), { status: 201 }),
);
