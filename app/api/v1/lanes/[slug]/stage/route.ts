import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZChangeStage } from "@/lib/schemas/stage";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { changeLaneStage } from "@/lib/server/lanes/change-lane-stage";

export const POST = withApi({ params: ZSlugParams, body: ZChangeStage }, async ({ params, body, actor }) => {
  return NextResponse.json(await changeLaneStage({ db: getDb(), actor, slug: params.slug, input: body }));
});
