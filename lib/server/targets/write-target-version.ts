import "server-only";
import type { TKpiTargetInput } from "@/lib/schemas/targets";
import type { Actor } from "@/lib/server/auth/actor";
import type { Tx } from "@/lib/server/db-types";

/** Creates a target version with its KPI rows, in the caller's transaction. */
export async function writeTargetVersion({
  tx,
  laneId,
  version,
  targets,
  status,
  reason,
  actor,
  now,
  effectiveFrom,
}: {
  tx: Tx;
  laneId: string;
  version: number;
  targets: TKpiTargetInput[];
  status: "APPROVED" | "PENDING_APPROVAL";
  reason: string | null;
  actor: Actor;
  now: Date;
  effectiveFrom: Date | null;
}) {
  const userId = actor.type === "USER" ? actor.userId : null;
  return tx.targetVersion.create({
    data: {
      laneId,
      version,
      status,
      reason,
      proposedById: userId,
      createdAt: now,
      effectiveFrom,
      ...(status === "APPROVED" ? { approvedAt: now, approvedById: userId } : {}),
      targets: { create: targets.map((t, position) => toKpiRow(t, position)) },
    },
    include: { targets: { orderBy: { position: "asc" } } },
  });
}

export function toKpiRow(t: TKpiTargetInput, position: number) {
  return {
    kpiKey: t.kpiKey,
    label: t.label,
    unit: t.unit,
    direction: t.direction,
    baseline: t.baseline,
    targetKind: t.targetKind,
    targetValue: t.targetValue,
    stopKind: t.stop?.kind ?? null,
    stopValue: t.stop?.value ?? null,
    requiredConfidence: t.requiredConfidence ?? null,
    position,
  };
}
