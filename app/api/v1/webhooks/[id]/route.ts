import { NextResponse } from "next/server";
import { ZDeleteWebhookQuery, ZUpdateWebhook, ZWebhookParams } from "@/lib/schemas/webhook";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";
import { updateWebhook } from "@/lib/server/webhooks/update-webhook";

export const PATCH = withApi({ params: ZWebhookParams, body: ZUpdateWebhook }, async ({ params, body, actor }) => {
  return NextResponse.json(await updateWebhook({ db: getDb(), actor, id: params.id, input: body }));
});

export const DELETE = withApi(
  { params: ZWebhookParams, query: ZDeleteWebhookQuery },
  async ({ params, query, actor }) => {
    await deleteWebhook({ db: getDb(), actor, id: params.id, expectedVersion: query.version });
    return new NextResponse(null, { status: 204 });
  },
);
