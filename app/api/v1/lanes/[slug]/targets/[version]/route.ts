import { NextResponse } from "next/server";
import { ZEditTargets, ZTargetVersionParams } from "@/lib/schemas/targets";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { editTargets } from "@/lib/server/targets/edit-targets";

export const PUT = withApi({ params: ZTargetVersionParams, body: ZEditTargets }, async ({ params, body, actor }) => {
  return NextResponse.json(
    await editTargets({ db: getDb(), actor, slug: params.slug, version: params.version, input: body }),
  );
});
