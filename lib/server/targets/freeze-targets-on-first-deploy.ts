import "server-only";
import type { Tx } from "@/lib/server/db-types";

/**
 * Freezes the KPI target version in force at `at` (the greatest effectiveFrom <= at among
 * approved versions) when a deployment is judged against it for the first time. A frozen version
 * never changes: later changes make a new version. Returns the frozen version number, or null
 * when no version was in force (targets defined late: the gate's TARGETS_DEFINED_LATE says so)
 * or it was already frozen.
 */
export async function freezeTargetsOnFirstDeploy(tx: Tx, laneId: string, at: Date): Promise<number | null> {
  const inForce = await tx.targetVersion.findFirst({
    where: { laneId, status: "APPROVED", effectiveFrom: { lte: at } },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    select: { id: true, version: true, frozenAt: true },
  });
  if (!inForce || inForce.frozenAt) return null;
  await tx.targetVersion.update({ where: { id: inForce.id }, data: { frozenAt: at } });
  return inForce.version;
}
