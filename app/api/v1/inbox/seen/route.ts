import { NextResponse } from "next/server";
import { ZInboxSeen, ZMarkInboxSeen } from "@/lib/schemas/inbox";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { markInboxSeen } from "@/lib/server/inbox/mark-inbox-seen";

export const POST = withApi(
  {
    operationId: "markInboxSeen",
    tag: "Inbox",
    summary: "Mark your inbox seen, up to `until` (the newest change you saw) or now",
    body: ZMarkInboxSeen,
    response: { status: 200, description: "When the inbox now counts as seen", schema: ZInboxSeen },
  },
  async ({ body, actor }) => NextResponse.json(await markInboxSeen({ db: getDb(), actor, until: body.until })),
);
