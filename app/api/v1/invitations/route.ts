import { NextResponse } from "next/server";
import { ZCreateInvitation, ZInvitationCreated } from "@/lib/schemas/people";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createInvitation } from "@/lib/server/people/create-invitation";

// The accept link is in this response only: never cached.
export const POST = withApi(
  {
    operationId: "createInvitation",
    tag: "People",
    summary: "Invite a person with a role (platform lead); the accept link is returned once",
    body: ZCreateInvitation,
    response: { status: 201, description: "The invitation and its one-time link", schema: ZInvitationCreated },
    errors: ["PERSON_EXISTS"],
  },
  async ({ body, actor }) => {
    const invitation = await createInvitation({ db: getDb(), actor, input: body });
    return NextResponse.json(invitation, { status: 201, headers: { "cache-control": "no-store" } });
  },
);
