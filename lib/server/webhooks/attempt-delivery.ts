import "server-only";
import { z } from "zod";
import { computeBackoffMs, MAX_DELIVERY_ATTEMPTS } from "@/lib/domain/trends/compute-backoff";
import type { Db } from "@/lib/server/db-types";
import type { ClaimedDelivery } from "@/lib/server/webhooks/claim-due-deliveries";
import { SIGNATURE_HEADER, signWebhookBody } from "@/lib/server/webhooks/sign-webhook-body";

export const DELIVERY_TIMEOUT_MS = 5_000;

/** The payload column is the JSON object enqueueNotifications wrote; anything else is sent as an empty object. */
const ZPayload = z.record(z.string(), z.unknown()).catch({});

/**
 * POSTs one claimed delivery and records the outcome: DELIVERED on 2xx; otherwise the next attempt
 * after a backoff, or FAILED after MAX_DELIVERY_ATTEMPTS. The update is conditional on the attempt
 * count seen at claim time, so a worker whose lease ran out cannot overwrite a newer attempt.
 */
export async function attemptDelivery({
  db,
  delivery,
  now = () => new Date(),
  timeoutMs = DELIVERY_TIMEOUT_MS,
  random = Math.random,
}: {
  db: Db;
  delivery: ClaimedDelivery;
  now?: () => Date;
  timeoutMs?: number;
  random?: () => number;
}) {
  const attempts = delivery.attempts + 1;
  const guard = { id: delivery.id, status: "PENDING" as const, attempts: delivery.attempts };
  if (!delivery.webhook.active) {
    await db.webhookDelivery.updateMany({
      where: guard,
      data: { status: "FAILED", lastError: "The webhook was disabled before this delivery was sent." },
    });
    return "FAILED" as const;
  }
  const body = JSON.stringify({ id: delivery.id, ...ZPayload.parse(delivery.payload) });
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(delivery.webhook.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Lanegate-Webhooks/1",
        "lanegate-event": delivery.event,
        "lanegate-delivery": delivery.id,
        [SIGNATURE_HEADER]: signWebhookBody({
          secret: delivery.webhook.secret,
          body,
          timestamp: Math.floor(now().getTime() / 1000),
        }),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    statusCode = res.status;
    await res.body?.cancel();
    if (res.status < 200 || res.status >= 300) error = `The receiver answered HTTP ${res.status}.`;
  } catch (e) {
    error =
      e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")
        ? `No answer within ${timeoutMs / 1000} s.`
        : `Could not reach the receiver: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}`;
  }
  const finishedAt = now();
  if (error === null) {
    await db.webhookDelivery.updateMany({
      where: guard,
      data: { status: "DELIVERED", attempts, deliveredAt: finishedAt, lastStatusCode: statusCode, lastError: null },
    });
    return "DELIVERED" as const;
  }
  const giveUp = attempts >= MAX_DELIVERY_ATTEMPTS;
  await db.webhookDelivery.updateMany({
    where: guard,
    data: {
      status: giveUp ? "FAILED" : "PENDING",
      attempts,
      lastStatusCode: statusCode,
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(finishedAt.getTime() + computeBackoffMs({ attempts, random: random() })),
    },
  });
  return giveUp ? ("FAILED" as const) : ("RETRY" as const);
}
