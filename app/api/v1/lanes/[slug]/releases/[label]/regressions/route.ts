import { NextResponse } from "next/server";
import { ZRecordRegression, ZRegressionRecord } from "@/lib/schemas/regression";
import { ZReleaseParams } from "@/lib/schemas/release";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordRegression } from "@/lib/server/regressions/record-regression";

export const POST = withApi(
  {
    operationId: "recordRegression",
    tag: "Releases",
    summary: "Record an execution regression of the release",
    params: ZReleaseParams,
    body: ZRecordRegression,
    response: { status: 201, description: "The recorded regression", schema: ZRegressionRecord },
    errors: ["NOT_FOUND", "RELEASE_NOT_FOUND", "DETECTED_IN_FUTURE"],
  },
  async ({ params, body, actor }) => {
    const result = await recordRegression({ db: getDb(), actor, slug: params.slug, label: params.label, input: body });
    return NextResponse.json(result, { status: 201 });
  },
);
