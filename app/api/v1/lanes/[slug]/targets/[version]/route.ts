import { NextResponse } from "next/server";
import { ZEditTargets, ZTargetVersionParams, ZTargetVersionRecord } from "@/lib/schemas/targets";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { editTargets } from "@/lib/server/targets/edit-targets";

export const PUT = withApi(
  {
    operationId: "editTargets",
    tag: "Targets",
    summary: "Edit a KPI target version that is not frozen yet",
    params: ZTargetVersionParams,
    body: ZEditTargets,
    response: { status: 200, description: "The edited version", schema: ZTargetVersionRecord },
    errors: ["NOT_FOUND", "TARGETS_FROZEN", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await editTargets({ db: getDb(), actor, ...params, input: body })),
);
