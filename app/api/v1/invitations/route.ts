import { NextResponse } from "next/server";
import { ZCreateInvitation } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createInvitation } from "@/lib/server/people/create-invitation";

// The accept link is in this response only: never cached.
export const POST = withApi({ body: ZCreateInvitation }, async ({ body, actor }) => {
  const invitation = await createInvitation({ db: getDb(), actor, input: body });
  return NextResponse.json(invitation, { status: 201, headers: { "cache-control": "no-store" } });
});
