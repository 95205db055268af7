import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZRecordDrill } from "@/lib/schemas/rollback";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordDrill } from "@/lib/server/rollback/record-drill";

export const POST = withApi({ params: ZSlugParams, body: ZRecordDrill }, async ({ params, body, actor }) => {
  return NextResponse.json(await recordDrill({ db: getDb(), actor, slug: params.slug, input: body }), { status: 201 });
});
