import { NextResponse } from "next/server";
import { ZReviewTargets, ZTargetVersionParams } from "@/lib/schemas/targets";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { reviewTargets } from "@/lib/server/targets/review-targets";

export const POST = withApi({ params: ZTargetVersionParams, body: ZReviewTargets }, async ({ params, body, actor }) => {
  return NextResponse.json(
    await reviewTargets({
      db: getDb(),
      actor,
      slug: params.slug,
      version: params.version,
      outcome: "APPROVED",
      reason: body.reason,
      revision: body.revision,
    }),
  );
});
