import "server-only";
import type { Tx } from "@/lib/server/db-types";

export const WEBHOOK_EVENTS = ["verdict.changed", "stop.breached", "decision.recorded"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * Writes outbox rows for every active webhook subscribed to the event and lane, in the caller's
 * transaction: a notification exists exactly when the change it announces committed.
 * A STOP verdict change is also a verdict change, so subscribers of either hear about it.
 */
export async function enqueueNotifications({
  tx,
  laneId,
  event,
  payload,
  text,
}: {
  tx: Tx;
  laneId: string | null;
  event: WebhookEvent;
  payload: Record<string, unknown>;
  text: string;
}) {
  const events: WebhookEvent[] = event === "stop.breached" ? ["stop.breached", "verdict.changed"] : [event];
  const hooks = await tx.webhook.findMany({
    where: {
      active: true,
      events: { hasSome: events },
      ...(laneId ? { OR: [{ laneIds: { isEmpty: true } }, { laneIds: { has: laneId } }] } : {}),
    },
    select: { id: true, events: true },
  });
  if (hooks.length === 0) return 0;
  await tx.webhookDelivery.createMany({
    data: hooks.map((h) => {
      const delivered = events.find((e) => h.events.includes(e)) ?? event;
      return { webhookId: h.id, event: delivered, laneId, payload: { event: delivered, text, ...payload } };
    }),
  });
  return hooks.length;
}
