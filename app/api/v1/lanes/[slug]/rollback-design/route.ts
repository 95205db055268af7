import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZRollbackDesign, ZRollbackDesignRecord } from "@/lib/schemas/rollback";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { saveRollbackDesign } from "@/lib/server/rollback/save-rollback-design";

export const PUT = withApi(
  {
    operationId: "saveRollbackDesign",
    tag: "Lanes",
    summary: "Write the lane's rollback design (runbook, rollback target)",
    params: ZSlugParams,
    body: ZRollbackDesign,
    response: { status: 200, description: "The saved design", schema: ZRollbackDesignRecord },
    errors: ["NOT_FOUND", "STALE_VERSION"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await saveRollbackDesign({ db: getDb(), actor, slug: params.slug, input: body })),
);
