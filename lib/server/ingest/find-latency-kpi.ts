import "server-only";
import type { Db } from "@/lib/server/db-types";
import type { Tx } from "@/lib/server/db-types";

/** The KPI a benchmark comparison feeds when a lane has no target named p95_latency_ms. */
export const LATENCY_KPI_KEY = "p95_latency_ms";

/**
 * The lane's latency KPI in force at `now`: the latest approved target version already effective,
 * its p95_latency_ms target, else its first lower-is-better target measured in ms.
 */
export async function findLatencyKpi(
  tx: Tx | Db,
  laneId: string,
  now: Date,
): Promise<{ kpiKey: string; baseline: number; targetKind: "ABSOLUTE" | "RELATIVE"; targetValue: number } | null> {
  const version = await tx.targetVersion.findFirst({
    where: { laneId, status: "APPROVED", effectiveFrom: { lte: now } },
    orderBy: { version: "desc" },
    include: { targets: { orderBy: { position: "asc" } } },
  });
  if (!version) return null;
  const target =
    version.targets.find((t) => t.kpiKey === LATENCY_KPI_KEY) ??
    version.targets.find((t) => t.direction === "LOWER_IS_BETTER" && t.unit === "ms");
  return target
    ? {
        kpiKey: target.kpiKey,
        baseline: Number(target.baseline),
        targetKind: target.targetKind,
        targetValue: Number(target.targetValue),
      }
    : null;
}
