import "server-only";
import type { KpiTarget } from "@/lib/domain/readiness/types";
import type { Tx } from "@/lib/server/mutations/run-mutation";

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
  return {
    version: row.version,
    targets: row.targets.map((t) => ({
      kpiKey: t.kpiKey,
      label: t.label,
      unit: t.unit,
      direction: t.direction,
      baseline: t.baseline.toNumber(),
      targetKind: t.targetKind,
      targetValue: t.targetValue.toNumber(),
      stop: t.stopKind && t.stopValue ? { kind: t.stopKind, value: t.stopValue.toNumber() } : null,
      requiredConfidence: t.requiredConfidence?.toNumber() ?? null,
    })),
  };
}
