import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZChangeStage, ZStageChanged } from "@/lib/schemas/stage";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { changeLaneStage } from "@/lib/server/lanes/change-lane-stage";

export const POST = withApi(
  {
    operationId: "changeLaneStage",
    tag: "Lanes",
    summary:
      "Move the lane to another stage, through the expansion gate and the one-lane rule (overrides are platform-lead only)",
    params: ZSlugParams,
    body: ZChangeStage,
    response: { status: 200, description: "The lane's new stage and version", schema: ZStageChanged },
    errors: ["NOT_FOUND", "STALE_VERSION", "INVALID_STAGE_TRANSITION", "EXPANSION_GATE_CLOSED", "ONE_LANE_RULE"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await changeLaneStage({ db: getDb(), actor, slug: params.slug, input: body })),
);
