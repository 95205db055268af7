import "server-only";
import { API_TOKEN_FIELDS } from "@/lib/server/tokens/api-token-fields";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/** Revokes a token at once: the next request that presents it gets 401. Revoking twice is an idempotent no-op
 * (200 with the first revocation time, no second audit event): the caller gets the state it asked for. */
export async function revokeApiToken({
  db,
  actor,
  id,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  id: string;
  now?: Date;
}) {
  const token = await db.apiToken.findUnique({ where: { id }, select: { id: true, name: true, laneId: true } });
  if (!token) throw notFound("The API token");
  return runMutation(
    { db, actor, now },
    {
      permission: "token.manage",
      laneId: token.laneId,
      action: "token.revoke",
      summary: `API token ${token.name} revoked`,
      run: async (tx) => {
        // The predicate settles two revokes racing: one sets revokedAt, the other changes nothing.
        const { count } = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
        const after = await tx.apiToken.findUniqueOrThrow({
          where: { id },
          select: API_TOKEN_FIELDS,
        });
        return { result: after, entityType: "ApiToken", entityId: id, after, unchanged: count === 0 };
      },
    },
  );
}
