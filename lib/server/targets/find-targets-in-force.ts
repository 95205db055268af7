import "server-only";
import type { KpiTarget } from "@/lib/domain/readiness/types";
import type { Tx } from "@/lib/server/db-types";
import { toKpiTarget } from "@/lib/server/targets/to-kpi-target";

/**
 * The approved KPI target version in force at `at` (greatest effectiveFrom <= at, then the higher
 * version), mapped to the gate's plain targets; null when none was in force.
 */
export async function findTargetsInForce(
  tx: Tx,
  laneId: string,
  at: Date,
): Promise<{ version: number; targets: KpiTarget[] } | null> {
  const row = await tx.targetVersion.findFirst({
    where: { laneId, status: "APPROVED", effectiveFrom: { lte: at } },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    include: { targets: { orderBy: { position: "asc" } } },
  });
  if (!row) return null;
  return { version: row.version, targets: row.targets.map(toKpiTarget) };
}
