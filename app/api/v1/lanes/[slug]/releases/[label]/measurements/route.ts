import { NextResponse } from "next/server";
import { ZReleaseParams } from "@/lib/schemas/release";
import { ZRecordMeasurement } from "@/lib/schemas/measurement";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";

export const POST = withApi({ params: ZReleaseParams, body: ZRecordMeasurement }, async ({ params, body, actor }) => {
  const result = await recordMeasurement({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
  return NextResponse.json(result, { status: 201 });
});
