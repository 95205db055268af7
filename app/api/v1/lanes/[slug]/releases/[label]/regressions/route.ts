import { NextResponse } from "next/server";
import { ZReleaseParams } from "@/lib/schemas/release";
import { ZRecordRegression } from "@/lib/schemas/regression";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordRegression } from "@/lib/server/regressions/record-regression";

export const POST = withApi({ params: ZReleaseParams, body: ZRecordRegression }, async ({ params, body, actor }) => {
  const result = await recordRegression({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
  return NextResponse.json(result, { status: 201 });
});
