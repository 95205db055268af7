import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { assertVersion } from "@/lib/server/mutations/stale-error";

/**
 * Removes a webhook and its pending deliveries (the audit event keeps what it was). With the
 * version the caller saw, a webhook edited since is not deleted (409 STALE_VERSION). Deleting is
 * idempotent: a webhook already deleted (two deletes racing, or a retry) answers 204 again without
 * a second audit event.
 */
export async function deleteWebhook({
  db,
  actor,
  id,
  expectedVersion,
}: {
  db: Db;
  actor: Actor;
  id: string;
  expectedVersion?: number;
}) {
  return runMutation(
    { db, actor },
    {
      permission: "webhook.manage",
      laneId: null,
      action: "webhook.delete",
      summary: "Webhook removed",
      run: async (tx) => {
        // FOR UPDATE: a concurrent edit or delete waits, then this read sees what it left.
        const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Webhook" WHERE id = ${id} FOR UPDATE`;
        const before = locked.length ? await tx.webhook.findUnique({ where: { id }, omit: { secret: true } }) : null;
        if (!before) {
          const deleted = await tx.auditEvent.findFirst({
            where: { action: "webhook.delete", entityType: "Webhook", entityId: id },
            select: { id: true },
          });
          if (!deleted) throw notFound("Webhook");
          return { result: { id }, entityType: "Webhook", entityId: id, unchanged: true };
        }
        assertVersion({ entity: "webhook", expectedVersion, row: before });
        await tx.webhook.delete({ where: { id } });
        return { result: { id }, entityType: "Webhook", entityId: id, before };
      },
    },
  );
}
