import { NextResponse } from "next/server";
import { PLAN_MAX_BYTES, ZPushPlan } from "@/lib/schemas/ingest";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { pushPlanSnapshot } from "@/lib/server/ingest/push-plan-snapshot";

export const POST = withApi(
  { params: ZSlugParams, body: ZPushPlan, maxBodyBytes: PLAN_MAX_BYTES },
  async ({ params, body, actor }) => {
    const snapshot = await pushPlanSnapshot({ db: getDb(), actor, slug: params.slug, input: body });
    return NextResponse.json(snapshot, { status: 201 });
  },
);
