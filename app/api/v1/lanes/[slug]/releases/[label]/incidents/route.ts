import { NextResponse } from "next/server";
import { ZReleaseParams } from "@/lib/schemas/release";
import { ZRecordIncident } from "@/lib/schemas/incident";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordIncident } from "@/lib/server/incidents/record-incident";

export const POST = withApi({ params: ZReleaseParams, body: ZRecordIncident }, async ({ params, body, actor }) => {
  const result = await recordIncident({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
  return NextResponse.json(result, { status: 201 });
});
