import "server-only";
import { createHash } from "node:crypto";
import { findNextReadinessDue } from "@/lib/domain/readiness/find-next-readiness-due";
import { summarizeReleases } from "@/lib/domain/readiness/summarize-releases";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import { buildMainKpiSparkline } from "@/lib/domain/trends/build-main-kpi-sparkline";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db-types";
import { findLanePlanChange } from "@/lib/server/ingest/find-lane-plan-change";
import type { EvaluatedLaneGate } from "@/lib/server/lanes/load-evaluated-lanes";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

/** Which release-linked snapshots the plan changes were computed from: they change only when this does. */
function planSignature(lane: EvaluatedLaneGate): string {
  const refs = lane.row.planSnapshots.filter((p) => p.releaseId !== null).map((p) => `${p.id}@${p.releaseId}`);
  return createHash("sha256").update(refs.join(",")).digest("base64url").slice(0, 22);
}

async function computePlanChanges(tx: Tx, lane: EvaluatedLaneGate) {
  const snapshots = await tx.planSnapshot.findMany({
    where: { laneId: lane.row.id, releaseId: { not: null } },
    orderBy: { capturedAt: "asc" },
    select: {
      id: true,
      releaseId: true,
      queryName: true,
      rawText: true,
      capturedAt: true,
      release: { select: { versionLabel: true } },
    },
  });
  return findLanePlanChange({ lane: lane.row, snapshots });
}

/**
 * Writes the lane's stored readiness (LaneReadiness) from an evaluation at `now`, in the caller's
 * transaction: verdict, streak, reasons, warnings, flags, the releases' statuses, the main KPI's
 * sparkline, the plan changes of its latest release (recomputed only when its plan snapshots
 * changed) and when it is next due for a time-driven re-evaluation. Every write bumps `version`,
 * which the overview's and the readiness API's ETags read.
 */
export async function storeLaneReadiness({ tx, lane, now }: { tx: Tx; lane: EvaluatedLaneGate; now: Date }) {
  const { row, data, evaluation } = lane;
  const signature = planSignature(lane);
  const stored = row.readinessRow;
  const plan =
    stored && stored.planSignature === signature
      ? {}
      : {
          planSignature: signature,
          planChanges: toJsonValue(await computePlanChanges(tx, lane)) ?? Prisma.DbNull,
        };
  const fields = {
    verdict: evaluation.verdict,
    streak: evaluation.streak,
    requiredStreak: evaluation.requiredStreak,
    reasons: toJsonValue(evaluation.reasons) ?? [],
    warnings: toJsonValue(evaluation.warnings) ?? [],
    flags: toJsonValue(evaluation.flags) ?? [],
    releases: toJsonValue(summarizeReleases(evaluation.releases)) ?? [],
    sparkline:
      toJsonValue(buildMainKpiSparkline({ series: buildKpiSeries({ lane: data, evaluation }) })) ?? Prisma.DbNull,
    evaluatedAt: now,
    nextDueAt: findNextReadinessDue({ lane: data, now })?.at ?? null,
    updatedAt: now,
    ...plan,
  };
  await tx.laneReadiness.upsert({
    where: { laneId: row.id },
    create: { laneId: row.id, ...fields },
    update: { ...fields, version: { increment: 1 } },
    select: { laneId: true },
  });
}
