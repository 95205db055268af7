import { NextResponse } from "next/server";
import { ZAssignOwner } from "@/lib/schemas/owner";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { assignOwner } from "@/lib/server/owners/assign-owner";

export const POST = withApi({ params: ZSlugParams, body: ZAssignOwner }, async ({ params, body, actor }) => {
  return NextResponse.json(await assignOwner({ db: getDb(), actor, slug: params.slug, input: body }), { status: 201 });
});
