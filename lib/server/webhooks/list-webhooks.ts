import "server-only";
import type { Db } from "@/lib/server/db-types";

/** Webhooks (without secrets) with their lanes by slug and recent deliveries, in three queries. */
export async function listWebhooks({ db, deliveryLimit = 50 }: { db: Db; deliveryLimit?: number }) {
  const [webhooks, lanes, deliveries] = await Promise.all([
    db.webhook.findMany({ omit: { secret: true }, orderBy: { createdAt: "asc" } }),
    db.lane.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.webhookDelivery.findMany({
      orderBy: { createdAt: "desc" },
      take: deliveryLimit,
      select: {
        id: true,
        webhookId: true,
        event: true,
        laneId: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        lastStatusCode: true,
        deliveredAt: true,
        createdAt: true,
      },
    }),
  ]);
  const slugOf = new Map(lanes.map((l) => [l.id, l.slug]));
  return {
    lanes: lanes.map((l) => ({ slug: l.slug, name: l.name })),
    webhooks: webhooks.map((w) => ({
      ...w,
      laneSlugs: w.laneIds.flatMap((id) => (slugOf.has(id) ? [slugOf.get(id) ?? ""] : [])),
    })),
    deliveries: deliveries.map((d) => ({
      ...d,
      laneSlug: d.laneId ? (slugOf.get(d.laneId) ?? null) : null,
      url: webhooks.find((w) => w.id === d.webhookId)?.url ?? "",
    })),
  };
}

export type WebhookList = Awaited<ReturnType<typeof listWebhooks>>;
