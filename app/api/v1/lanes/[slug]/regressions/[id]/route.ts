import { NextResponse } from "next/server";
import { ZRegressionParams, ZRecordRecovery } from "@/lib/schemas/regression";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { recordRecovery } from "@/lib/server/regressions/record-recovery";

export const PATCH = withApi({ params: ZRegressionParams, body: ZRecordRecovery }, async ({ params, body, actor }) => {
  const result = await recordRecovery({ db: getDb(), actor, slug: params.slug, id: params.id, input: body });
  return NextResponse.json(result, { status: 200 });
});
