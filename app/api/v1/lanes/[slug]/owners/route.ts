import { NextResponse } from "next/server";
import { ZAssignOwner, ZOwnerAssigned } from "@/lib/schemas/owner";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { assignOwner } from "@/lib/server/owners/assign-owner";

export const POST = withApi(
  {
    operationId: "assignOwner",
    tag: "Lanes",
    summary: "Assign or replace the planner or executor owner",
    params: ZSlugParams,
    body: ZAssignOwner,
    response: { status: 201, description: "The new assignment", schema: ZOwnerAssigned },
    errors: ["NOT_FOUND", "USER_NOT_FOUND", "OWNER_UNCHANGED"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await assignOwner({ db: getDb(), actor, slug: params.slug, input: body }), { status: 201 }),
);
