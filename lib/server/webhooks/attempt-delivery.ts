import "server-only";
import { z } from "zod";
import { computeBackoffMs, MAX_DELIVERY_ATTEMPTS } from "@/lib/domain/trends/compute-backoff";
import { getEnv } from "@/lib/env";
import type { Db } from "@/lib/server/db-types";
import type { ClaimedDelivery } from "@/lib/server/webhooks/claim-due-deliveries";
import { postToReceiver, type ResolveHost } from "@/lib/server/webhooks/post-to-receiver";
import { SIGNATURE_HEADER, signWebhookBody } from "@/lib/server/webhooks/sign-webhook-body";

export const DELIVERY_TIMEOUT_MS = 5_000;

/** The payload column is the JSON object enqueueNotifications wrote; anything else is sent as an empty object. */
const ZPayload = z.record(z.string(), z.unknown()).catch({});

/**
 * POSTs one claimed delivery and records the outcome: DELIVERED on 2xx; otherwise the next attempt
 * after a backoff, or FAILED after MAX_DELIVERY_ATTEMPTS. The update is conditional on the attempt
 * count seen at claim time, so a worker whose lease ran out cannot overwrite a newer attempt. A
 * receiver whose host is or resolves to a private or special-purpose address is refused without a
 * connection (postToReceiver), and that counts as a failed attempt: DNS may change back.
 */
export async function attemptDelivery({
  db,
  delivery,
  now = () => new Date(),
  timeoutMs = DELIVERY_TIMEOUT_MS,
  random = Math.random,
  allowPrivateTargets = getEnv().WEBHOOK_ALLOW_PRIVATE_TARGETS,
  resolve,
}: {
  db: Db;
  delivery: ClaimedDelivery;
  now?: () => Date;
  timeoutMs?: number;
  random?: () => number;
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: loopback and private networks may receive webhooks. */
  allowPrivateTargets?: boolean;
  /** Host name resolution (tests pin names to loopback); the system resolver by default. */
  resolve?: ResolveHost;
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
  const outcome = await postToReceiver({
    url: delivery.webhook.url,
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
    timeoutMs,
    allowPrivate: allowPrivateTargets,
    resolve,
  });
  const statusCode = outcome.kind === "answered" ? outcome.status : null;
  const error =
    outcome.kind !== "answered"
      ? outcome.error
      : outcome.status < 200 || outcome.status >= 300
        ? `The receiver answered HTTP ${outcome.status}.`
        : null;
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
