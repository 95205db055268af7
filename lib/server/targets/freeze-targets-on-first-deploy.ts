import "server-only";
import type { Tx } from "@/lib/server/mutations/run-mutation";

/**
 * Called by the deploy use case inside its transaction: the approved target version in force at
 * `at` (the newest effectiveFrom at or before it) becomes frozen, if it is not yet. Version 1 is
 * frozen by the lane's first deployment; a later approved version by the first deployment judged
 * against it. Returns the frozen version number, or null when no version was in force.
 */
export async function freezeTargetsOnFirstDeploy(tx: Tx, laneId: string, at: Date): Promise<number | null> {
  const inForce = await tx.targetVersion.findFirst({
    where: { laneId, status: "APPROVED", effectiveFrom: { lte: at } },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    select: { id: true, version: true, frozenAt: true },
  });
  if (!inForce) return null;
  if (inForce.frozenAt === null) await tx.targetVersion.update({ where: { id: inForce.id }, data: { frozenAt: at } });
  return inForce.version;
}
