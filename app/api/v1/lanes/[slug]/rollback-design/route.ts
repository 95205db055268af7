import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZRollbackDesign } from "@/lib/schemas/rollback";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { saveRollbackDesign } from "@/lib/server/rollback/save-rollback-design";

export const PUT = withApi({ params: ZSlugParams, body: ZRollbackDesign }, async ({ params, body, actor }) => {
  return NextResponse.json(await saveRollbackDesign({ db: getDb(), actor, slug: params.slug, input: body }));
});
