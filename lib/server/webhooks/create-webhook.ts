import "server-only";
import { randomBytes } from "node:crypto";
import type { TCreateWebhook } from "@/lib/schemas/webhook";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/db-types";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { resolveLaneIds } from "@/lib/server/webhooks/resolve-lane-ids";
import { assertWebhookTarget } from "@/lib/server/webhooks/assert-webhook-target";

// Until sign-in exists the system acts, but a webhook needs a person who answers for it.
async function creatorId(tx: Tx, actor: Actor): Promise<string> {
  if (actor.type === "USER") return actor.userId;
  if (actor.type === "TOKEN") return actor.createdById;
  const lead = await tx.user.findFirst({
    where: { role: "PLATFORM_LEAD" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!lead)
    throw new AppError("NO_PLATFORM_LEAD", "A webhook needs a platform lead to answer for it, and there is none.", {
      fix: "Invite a platform lead first.",
    });
  return lead.id;
}

/** Adds an outgoing webhook; the signing secret is returned once, here, and never again. */
export async function createWebhook({
  db,
  actor,
  input,
  allowPrivateTargets,
}: {
  db: Db;
  actor: Actor;
  input: TCreateWebhook;
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS by default. */
  allowPrivateTargets?: boolean;
}) {
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  return runMutation(
    { db, actor },
    {
      permission: "webhook.manage",
      laneId: null,
      action: "webhook.create",
      summary: `Webhook to ${new URL(input.url).host} added`,
      run: async (tx) => {
        assertWebhookTarget(input.url, allowPrivateTargets);
        const laneIds = await resolveLaneIds({ tx, slugs: input.laneSlugs });
        const webhook = await tx.webhook.create({
          data: {
            url: input.url,
            description: input.description ?? null,
            laneIds,
            events: input.events,
            secret,
            createdById: await creatorId(tx, actor),
          },
          omit: { secret: true },
        });
        // The answer names lanes by slug, as the API takes them.
        const result = { ...webhook, laneSlugs: input.laneSlugs, secret };
        return { result, entityType: "Webhook", entityId: webhook.id, after: webhook };
      },
    },
  );
}
