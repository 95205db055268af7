import { NextResponse } from "next/server";
import { ZReviewTargets, ZTargetVersionParams, ZTargetVersionRecord } from "@/lib/schemas/targets";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { reviewTargets } from "@/lib/server/targets/review-targets";

export const POST = withApi(
  {
    operationId: "approveTargets",
    tag: "Targets",
    summary: "Approve a proposed KPI target version (platform lead): in force from now",
    params: ZTargetVersionParams,
    body: ZReviewTargets,
    response: { status: 200, description: "The reviewed version", schema: ZTargetVersionRecord },
    errors: ["NOT_FOUND", "TARGETS_NOT_PENDING", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(
      await reviewTargets({
        db: getDb(),
        actor,
        ...params,
        outcome: "APPROVED",
        reason: body.reason,
        revision: body.revision,
      }),
    ),
);
