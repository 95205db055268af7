import { NextResponse } from "next/server";
import { ZRecordRecovery, ZRegressionParams, ZRegressionRecord } from "@/lib/schemas/regression";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordRecovery } from "@/lib/server/regressions/record-recovery";

export const PATCH = withApi(
  {
    operationId: "recordRecovery",
    tag: "Releases",
    summary: "Record a regression's recovery",
    params: ZRegressionParams,
    body: ZRecordRecovery,
    response: { status: 200, description: "The recovered regression", schema: ZRegressionRecord },
    errors: ["NOT_FOUND", "REGRESSION_ALREADY_RECOVERED", "RECOVERED_BEFORE_DETECTED"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await recordRecovery({ db: getDb(), actor, slug: params.slug, id: params.id, input: body })),
);
