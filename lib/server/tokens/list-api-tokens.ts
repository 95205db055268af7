import "server-only";
import { API_TOKEN_FIELDS } from "@/lib/server/tokens/api-token-fields";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import type { Db } from "@/lib/server/db-types";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Tokens of one lane, or the all-lane tokens when `laneSlug` is null; only for those who may manage them. */
export async function listApiTokens({ db, actor, laneSlug }: { db: Db; actor: Actor; laneSlug: string | null }) {
  const lane = laneSlug ? await getLaneIdOrThrow({ db, slug: laneSlug }) : null;
  const ownerIds = lane
    ? (await db.ownerAssignment.findMany({ where: { laneId: lane.id, endedAt: null }, select: { userId: true } })).map(
        (o) => o.userId,
      )
    : [];
  authorize(actor, "token.manage", { laneId: lane?.id ?? null, laneOwnerIds: ownerIds });
  return db.apiToken.findMany({
    where: { laneId: lane?.id ?? null },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { ...API_TOKEN_FIELDS, createdBy: { select: { name: true } } },
  });
}
