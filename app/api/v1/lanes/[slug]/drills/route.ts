import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZDrillRecord, ZRecordDrill } from "@/lib/schemas/rollback";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordDrill } from "@/lib/server/rollback/record-drill";

export const POST = withApi(
  {
    operationId: "recordDrill",
    tag: "Lanes",
    summary: "Record a rollback drill and its recovery time",
    params: ZSlugParams,
    body: ZRecordDrill,
    response: { status: 201, description: "The recorded drill", schema: ZDrillRecord },
    errors: ["NOT_FOUND", "DRILL_IN_FUTURE", "NO_ROLLBACK_DESIGN"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await recordDrill({ db: getDb(), actor, slug: params.slug, input: body }), { status: 201 }),
);
