import { NextResponse } from "next/server";
import { ZAcceptInvitation, ZAccountCreated } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { acceptInvitation } from "@/lib/server/people/accept-invitation";

// Open to signed-out callers: the invitation secret in the body is the credential.
export const POST = withApi(
  {
    operationId: "acceptInvitation",
    tag: "People",
    summary: "Accept an invitation with its secret: set a name and password",
    body: ZAcceptInvitation,
    allowAnonymous: true,
    response: { status: 201, description: "The new account", schema: ZAccountCreated },
    errors: ["INVITATION_INVALID", "PERSON_EXISTS"],
  },
  async ({ body }) => NextResponse.json(await acceptInvitation({ db: getDb(), input: body }), { status: 201 }),
);
