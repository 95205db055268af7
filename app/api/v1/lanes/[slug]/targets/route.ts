import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZDefineTargets } from "@/lib/schemas/targets";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { defineTargets } from "@/lib/server/targets/define-targets";

/** Version 1 when none exists; afterwards a proposed version waiting for approval. */
export const POST = withApi({ params: ZSlugParams, body: ZDefineTargets }, async ({ params, body, actor }) => {
  return NextResponse.json(await defineTargets({ db: getDb(), actor, slug: params.slug, input: body }), {
    status: 201,
  });
});
