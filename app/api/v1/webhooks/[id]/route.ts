import { NextResponse } from "next/server";
import { ZIdParams } from "@/lib/schemas/params";
import { ZDeleteWebhookQuery, ZUpdateWebhook, ZWebhookRecord } from "@/lib/schemas/webhook";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";
import { updateWebhook } from "@/lib/server/webhooks/update-webhook";

export const PATCH = withApi(
  {
    operationId: "updateWebhook",
    tag: "Webhooks",
    summary: "Change a webhook's URL, lanes, events or active state",
    params: ZIdParams,
    body: ZUpdateWebhook,
    response: { status: 200, description: "The updated webhook", schema: ZWebhookRecord },
    errors: ["NOT_FOUND", "STALE_VERSION", "UNKNOWN_LANE", "WEBHOOK_TARGET_NOT_ALLOWED"],
  },
  async ({ params, body, actor }) =>
    NextResponse.json(await updateWebhook({ db: getDb(), actor, id: params.id, input: body })),
);

export const DELETE = withApi(
  {
    operationId: "deleteWebhook",
    tag: "Webhooks",
    summary: "Delete a webhook and its pending deliveries",
    params: ZIdParams,
    query: ZDeleteWebhookQuery,
    response: { status: 204, description: "Deleted" },
    errors: ["NOT_FOUND", "STALE_VERSION"],
  },
  async ({ params, query, actor }) => {
    await deleteWebhook({ db: getDb(), actor, id: params.id, expectedVersion: query.version });
    return new NextResponse(null, { status: 204 });
  },
);
