import "server-only";
import type { Db } from "@/lib/server/db-types";
import { attemptDelivery } from "@/lib/server/webhooks/attempt-delivery";
import { claimDueDeliveries } from "@/lib/server/webhooks/claim-due-deliveries";
import type { ResolveHost } from "@/lib/server/webhooks/post-to-receiver";

/** One poll of the worker: claim what is due, send it concurrently, report the outcomes. */
export async function deliverDueWebhooks({
  db,
  now = new Date(),
  timeoutMs,
  random,
  allowPrivateTargets,
  resolve,
}: {
  db: Db;
  now?: Date;
  timeoutMs?: number;
  random?: () => number;
  allowPrivateTargets?: boolean;
  resolve?: ResolveHost;
}) {
  const claimed = await claimDueDeliveries({ db, now });
  const outcomes = await Promise.all(
    claimed.map((delivery) =>
      attemptDelivery({ db, delivery, timeoutMs, random, now: () => now, allowPrivateTargets, resolve }),
    ),
  );
  return { claimed: claimed.length, delivered: outcomes.filter((o) => o === "DELIVERED").length, outcomes };
}
