import "server-only";
import type { Tx } from "@/lib/server/db-types";

/**
 * A version is frozen once a deployment was judged against it. frozenAt records that; a deployed
 * release at or after the version's effectiveFrom counts too, so data written before the deploy
 * use case froze versions (or by another path) cannot be edited behind the gate's back.
 */
export async function isVersionFrozen({
  tx,
  laneId,
  version,
}: {
  tx: Tx;
  laneId: string;
  version: { frozenAt: Date | null; effectiveFrom: Date | null };
}): Promise<Date | null> {
  if (version.frozenAt) return version.frozenAt;
  if (!version.effectiveFrom) return null;
  const deployed = await tx.release.findFirst({
    where: { laneId, deployedAt: { gte: version.effectiveFrom } },
    orderBy: { deployedAt: "asc" },
    select: { deployedAt: true },
  });
  return deployed?.deployedAt ?? null;
}
