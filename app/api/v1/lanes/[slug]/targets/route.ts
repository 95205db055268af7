import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZDefineTargets, ZTargetVersionRecord } from "@/lib/schemas/targets";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { defineTargets } from "@/lib/server/targets/define-targets";

/** Version 1 when none exists; afterwards a proposed version waiting for approval. */
export const POST = withApi(
  {
    operationId: "defineTargets",
    tag: "Targets",
    summary: "Define KPI targets and stop conditions, or propose a new version after the freeze",
    params: ZSlugParams,
    body: ZDefineTargets,
    response: { status: 201, description: "Version 1, or the proposed version", schema: ZTargetVersionRecord },
    errors: ["NOT_FOUND", "TARGETS_PENDING", "TARGETS_NOT_FROZEN", "REASON_REQUIRED"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await defineTargets({ db: getDb(), actor, slug: params.slug, input: body }), { status: 201 }),
);
