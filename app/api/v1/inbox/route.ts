import { NextResponse } from "next/server";
import { ZInbox } from "@/lib/schemas/inbox";
import { withApi } from "@/lib/server/api/with-api";
import { authorize } from "@/lib/server/auth/authorize";
import { getDb } from "@/lib/server/db";
import { getInbox } from "@/lib/server/inbox/get-inbox";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "getInbox",
    tag: "Inbox",
    summary: "Your inbox: readiness changes of the lanes you follow, newest first, unseen ones marked",
    response: { status: 200, description: "The inbox", schema: ZInbox },
  },
  async ({ actor }) => {
    authorize(actor, "follow");
    const userId = actor.type === "USER" ? actor.userId : "";
    return NextResponse.json(await getInbox({ db: getDb(), userId }), { headers: { "cache-control": "no-store" } });
  },
);
