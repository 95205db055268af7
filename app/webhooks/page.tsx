import type { Metadata } from "next";
import { getDb } from "@/lib/server/db";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";
import { ZWebhookList } from "@/lib/schemas/webhook";
import { WebhooksManager } from "@/components/webhooks/webhooks-manager";
import { requireViewer } from "@/lib/server/auth/get-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks" };

// Receiver URLs can hold secrets (a Slack incoming-webhook URL is one): the same permission as
// GET /api/v1/webhooks.
export default async function WebhooksPage() {
  await requireViewer("webhook.manage");
  const list = await listWebhooks({ db: getDb() });
  // The client cache holds the API's JSON shape (ISO dates), so the first render matches a refetch.
  const initial = ZWebhookList.parse(JSON.parse(JSON.stringify(list)));
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Webhooks</h1>
        <p className="text-sm text-slate-600">
          Tell other tools when a lane&apos;s verdict changes, a stop condition is breached or an expansion decision is
          recorded.
        </p>
      </div>
      <WebhooksManager initial={initial} />
    </div>
  );
}
