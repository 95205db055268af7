import { NextResponse } from "next/server";
import { ZCreateWebhook, ZWebhookCreated, ZWebhookList } from "@/lib/schemas/webhook";
import { withApi } from "@/lib/server/api/with-api";
import { authorize } from "@/lib/server/auth/authorize";
import { getDb } from "@/lib/server/db";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "listWebhooks",
    tag: "Webhooks",
    summary: "Outgoing webhooks and their recent deliveries (platform lead)",
    response: { status: 200, description: "Webhooks with delivery status", schema: ZWebhookList },
  },
  async ({ actor }) => {
    authorize(actor, "webhook.manage");
    return NextResponse.json(await listWebhooks({ db: getDb() }), { headers: { "cache-control": "no-store" } });
  },
);

export const POST = withApi(
  {
    operationId: "createWebhook",
    tag: "Webhooks",
    summary: "Create an outgoing webhook; its signing secret is returned once",
    body: ZCreateWebhook,
    response: { status: 201, description: "The webhook and its secret", schema: ZWebhookCreated },
    errors: ["UNKNOWN_LANE", "NO_PLATFORM_LEAD", "WEBHOOK_TARGET_NOT_ALLOWED"],
  },
  async ({ body, actor }) => {
    const webhook = await createWebhook({ db: getDb(), actor, input: body });
    return NextResponse.json(webhook, { status: 201, headers: { location: `/api/v1/webhooks/${webhook.id}` } });
  },
);
