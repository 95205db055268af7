import { NextResponse } from "next/server";
import { ZAcceptInvitation } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { acceptInvitation } from "@/lib/server/people/accept-invitation";

// Open to signed-out callers: the invitation secret in the body is the credential.
export const POST = withApi({ body: ZAcceptInvitation, allowAnonymous: true }, async ({ body }) => {
  const user = await acceptInvitation({ db: getDb(), input: body });
  return NextResponse.json(user, { status: 201 });
});
