import { NextResponse } from "next/server";
import { ZUpdateLane } from "@/lib/schemas/lane";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { updateLane } from "@/lib/server/lanes/update-lane";

export const PATCH = withApi({ params: ZSlugParams, body: ZUpdateLane }, async ({ params, body, actor }) => {
  return NextResponse.json(await updateLane({ db: getDb(), actor, slug: params.slug, input: body }));
});
