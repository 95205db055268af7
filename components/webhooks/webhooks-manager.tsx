"use client";

import { formatInstant } from "@/lib/domain/format/format-instant";
import { z } from "zod";
import { type TWebhookList, ZWebhookRecord } from "@/lib/schemas/webhook";
import { useApiWrite } from "@/lib/client/use-api-write";
import { useWebhooks } from "@/lib/client/use-webhooks";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { WebhookForm } from "@/components/webhooks/webhook-form";

const STATUS_TONE = { PENDING: "amber", DELIVERED: "green", FAILED: "red" } as const;

/** Webhooks with pause/resume and delete, the add form, and the recent deliveries with their status. */
export function WebhooksManager({ initial }: { initial: TWebhookList }) {
  const { data } = useWebhooks(initial);
  const update = useApiWrite({ method: "PATCH", response: ZWebhookRecord });
  const remove = useApiWrite({ method: "DELETE", response: z.object({}) });
  const laneName = new Map(data.lanes.map((l) => [l.slug, l.name]));
  return (
    <div className="grid gap-5 lg:grid-cols-3">
      <div className="min-w-0 space-y-5 lg:col-span-2">
        <Card id="webhooks" title="Outgoing webhooks">
          {data.webhooks.length === 0 ? (
            <p className="text-sm text-slate-600">
              No webhook yet. Add one to tell Slack or another service when a lane&apos;s verdict changes.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.webhooks.map((w) => (
                <li key={w.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-webhook={w.url}>
                  <div className="min-w-0 space-y-1">
                    <p className="break-all font-medium">{w.url}</p>
                    {w.description ? <p className="text-slate-600">{w.description}</p> : null}
                    <p className="text-xs text-slate-600">
                      {w.events.join(", ")} ·{" "}
                      {w.laneSlugs.length === 0 ? "all lanes" : w.laneSlugs.map((s) => laneName.get(s) ?? s).join(", ")}
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    <Badge tone={w.active ? "green" : "slate"}>{w.active ? "active" : "paused"}</Badge>
                    <button
                      type="button"
                      className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50"
                      onClick={() =>
                        update.write(`/api/v1/webhooks/${w.id}`, { version: w.version, active: !w.active })
                      }
                    >
                      {w.active ? "Pause" : "Resume"}
                    </button>
                    <button
                      type="button"
                      className="rounded-md border border-red-300 px-2 py-1 text-xs text-red-800 hover:bg-red-50"
                      onClick={() =>
                        window.confirm(`Delete the webhook to ${w.url}?`) &&
                        remove.write(`/api/v1/webhooks/${encodeURIComponent(w.id)}?version=${w.version}`, undefined)
                      }
                    >
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {update.error || remove.error ? (
            <div className="mt-2">
              <ProblemAlert error={update.error ?? remove.error} />
            </div>
          ) : null}
        </Card>
        <Card id="deliveries" title="Recent deliveries">
          {data.deliveries.length === 0 ? (
            <p className="text-sm text-slate-600">
              Nothing sent yet. Deliveries appear here when a subscribed event happens.
            </p>
          ) : (
            <div className="relative overflow-x-auto" role="region" aria-label="Deliveries table" tabIndex={0}>
              <table className="min-w-full text-left text-xs">
                <caption className="sr-only">Recent webhook deliveries, newest first</caption>
                <thead className="text-slate-600">
                  <tr>
                    {["Created (UTC)", "Event", "Lane", "Receiver", "Status", "Attempts", "Last error / next try"].map(
                      (c) => (
                        <th key={c} scope="col" className="border-b border-slate-200 px-2 py-1 font-medium">
                          {c}
                        </th>
                      ),
                    )}
                  </tr>
                </thead>
                <tbody>
                  {data.deliveries.map((d) => (
                    <tr key={d.id} className="border-b border-slate-100 align-top" data-delivery={d.id}>
                      <td className="px-2 py-1 whitespace-nowrap">{formatInstant(new Date(d.createdAt))}</td>
                      <td className="px-2 py-1">{d.event}</td>
                      <td className="px-2 py-1">{d.laneSlug ? (laneName.get(d.laneSlug) ?? d.laneSlug) : "—"}</td>
                      <td className="max-w-48 px-2 py-1 break-all">{d.url}</td>
                      <td className="px-2 py-1">
                        <Badge tone={STATUS_TONE[d.status]}>{d.status.toLowerCase()}</Badge>
                      </td>
                      <td className="px-2 py-1 tabular-nums">{d.attempts}</td>
                      <td className="px-2 py-1 text-slate-700">
                        {d.lastError ?? ""}
                        {d.status === "PENDING" ? (
                          <span className="block text-slate-500">
                            next try {formatInstant(new Date(d.nextAttemptAt))}
                          </span>
                        ) : null}
                        {d.deliveredAt ? (
                          <span className="block text-slate-500">
                            delivered {formatInstant(new Date(d.deliveredAt))}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
      <Card id="add-webhook" title="Add a webhook">
        <WebhookForm lanes={data.lanes} />
        <p className="mt-4 text-xs text-slate-600">
          Each request is a JSON POST with a Slack-compatible <code>text</code> and a{" "}
          <code>Lanegate-Signature: t=…,v1=…</code> header (HMAC-SHA256 of <code>t.body</code> with the secret); see the
          README to verify it. Failed deliveries are retried with backoff for about nine hours.
        </p>
      </Card>
    </div>
  );
}
