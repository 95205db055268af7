import "server-only";
import type { TUpdateWebhook } from "@/lib/schemas/webhook";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { writeVersioned } from "@/lib/server/mutations/stale-error";
import { resolveLaneIds } from "@/lib/server/webhooks/resolve-lane-ids";
import { assertWebhookTarget } from "@/lib/server/webhooks/assert-webhook-target";

/** Changes a webhook's URL, lanes, events or pause state (optimistic concurrency on version). */
export async function updateWebhook({
  db,
  actor,
  id,
  input,
  allowPrivateTargets,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: TUpdateWebhook;
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS by default. */
  allowPrivateTargets?: boolean;
}) {
  return runMutation(
    { db, actor },
    {
      permission: "webhook.manage",
      laneId: null,
      action: "webhook.update",
      summary: "Webhook changed",
      run: async (tx) => {
        const before = await tx.webhook.findUnique({ where: { id }, omit: { secret: true } });
        if (!before) throw notFound("Webhook");
        if (input.url !== undefined) assertWebhookTarget(input.url, allowPrivateTargets);
        const laneIds = input.laneSlugs ? await resolveLaneIds({ tx, slugs: input.laneSlugs }) : undefined;
        const after = await writeVersioned({
          entity: "webhook",
          expectedVersion: input.version,
          write: () =>
            tx.webhook.updateMany({
              where: { id, version: input.version },
              data: {
                url: input.url,
                description: input.description,
                laneIds,
                events: input.events,
                active: input.active,
                version: { increment: 1 },
              },
            }),
          read: async () => {
            const row = await tx.webhook.findUnique({ where: { id }, omit: { secret: true } });
            if (!row) throw notFound("Webhook");
            return row;
          },
        });
        const lanes = await tx.lane.findMany({ where: { id: { in: after.laneIds } }, select: { slug: true } });
        const result = { ...after, laneSlugs: lanes.map((l) => l.slug) };
        return { result, entityType: "Webhook", entityId: id, before, after };
      },
    },
  );
}
