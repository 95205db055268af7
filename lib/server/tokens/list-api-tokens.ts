import "server-only";
import { API_TOKEN_FIELDS } from "@/lib/server/tokens/api-token-fields";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize, isAllowed } from "@/lib/server/auth/authorize";
import type { Db } from "@/lib/server/db-types";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/**
 * Tokens of one lane, or the all-lane tokens when `laneSlug` is null; only for those who may manage
 * them (any current owner of the lane, or a platform lead). A token belongs to its lane (or, for
 * all-lane tokens, to the organisation), not to its creator: it keeps working when the creator
 * stops owning the lane, and stops while the creator is deactivated (authenticate.ts). Each row says
 * whether its creator still has the right to manage it, so owners see which tokens to rotate.
 */
export async function listApiTokens({ db, actor, laneSlug }: { db: Db; actor: Actor; laneSlug: string | null }) {
  const lane = laneSlug ? await getLaneIdOrThrow({ db, slug: laneSlug }) : null;
  const ownerIds = lane
    ? (await db.ownerAssignment.findMany({ where: { laneId: lane.id, endedAt: null }, select: { userId: true } })).map(
        (o) => o.userId,
      )
    : [];
  const scope = { laneId: lane?.id ?? null, laneOwnerIds: ownerIds };
  authorize(actor, "token.manage", scope);
  const rows = await db.apiToken.findMany({
    where: { laneId: lane?.id ?? null },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { ...API_TOKEN_FIELDS, createdBy: { select: { id: true, name: true, role: true, deactivatedAt: true } } },
  });
  return rows.map(({ createdBy, ...token }) => {
    const deactivated = createdBy.deactivatedAt !== null;
    const creator = { type: "USER", userId: createdBy.id, name: createdBy.name, role: createdBy.role } as const;
    return {
      ...token,
      createdBy: {
        name: createdBy.name,
        deactivated,
        /** Whether the creator could still create or revoke this token themselves. */
        hasRights: !deactivated && isAllowed(creator, "token.manage", scope),
      },
      /** Revoked tokens and tokens of a deactivated creator are refused (401). */
      works: token.revokedAt === null && !deactivated,
    };
  });
}
