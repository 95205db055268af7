import { NextResponse } from "next/server";
import { ZCreateWebhook } from "@/lib/schemas/webhook";
import { withApi } from "@/lib/server/api/with-api";
import { authorize } from "@/lib/server/auth/authorize";
import { getDb } from "@/lib/server/db";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";

export const dynamic = "force-dynamic";

export const GET = withApi({}, async ({ actor }) => {
  authorize(actor, "webhook.manage");
  return NextResponse.json(await listWebhooks({ db: getDb() }), { headers: { "cache-control": "no-store" } });
});

export const POST = withApi({ body: ZCreateWebhook }, async ({ body, actor }) => {
  const webhook = await createWebhook({ db: getDb(), actor, input: body });
  return NextResponse.json(webhook, { status: 201, headers: { location: `/api/v1/webhooks/${webhook.id}` } });
});
