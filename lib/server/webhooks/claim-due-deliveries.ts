import "server-only";
import type { Db } from "@/lib/server/db-types";

/** How long a claimed delivery is hidden from other workers; past it, a crashed claim is due again. */
export const DELIVERY_LEASE_MS = 60_000;

/**
 * Claims up to `limit` due deliveries for this worker. SKIP LOCKED lets several app instances poll
 * at once without taking the same row; bumping nextAttemptAt by the lease in the same transaction
 * is what keeps the claim after the row lock is released, and what frees it if this process dies.
 */
export async function claimDueDeliveries({
  db,
  now,
  limit = 20,
  leaseMs = DELIVERY_LEASE_MS,
}: {
  db: Db;
  now: Date;
  limit?: number;
  leaseMs?: number;
}) {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "WebhookDelivery"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await tx.webhookDelivery.updateMany({
      where: { id: { in: ids } },
      data: { nextAttemptAt: new Date(now.getTime() + leaseMs) },
    });
    return tx.webhookDelivery.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        event: true,
        payload: true,
        attempts: true,
        webhook: { select: { id: true, url: true, secret: true, active: true } },
      },
    });
  });
}

export type ClaimedDelivery = Awaited<ReturnType<typeof claimDueDeliveries>>[number];
