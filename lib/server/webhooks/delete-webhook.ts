import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/** Removes a webhook and its pending deliveries (the audit event keeps what it was). */
export async function deleteWebhook({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  return runMutation(
    { db, actor },
    {
      permission: "webhook.manage",
      laneId: null,
      action: "webhook.delete",
      summary: "Webhook removed",
      run: async (tx) => {
        const before = await tx.webhook.findUnique({ where: { id }, omit: { secret: true } });
        if (!before) throw notFound("Webhook");
        await tx.webhook.delete({ where: { id } });
        return { result: { id }, entityType: "Webhook", entityId: id, before };
      },
    },
  );
}
