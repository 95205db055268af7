import "server-only";
import { evaluateOrgRule } from "@/lib/domain/readiness/evaluate-org-rule";
import type { Db } from "@/lib/server/db-types";
import { loadEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import { buildVerdictSeries } from "@/lib/domain/trends/build-verdict-series";
import { buildMainKpiSparkline } from "@/lib/domain/trends/build-main-kpi-sparkline";

import type { LaneSummary } from "@/lib/domain/overview/filter-lanes";

/**
 * Readiness of every lane (with its main KPI's trend), the organisation's one-lane rule and lanes
 * by verdict per day, in a fixed number of queries.
 */
export async function getReadinessOverview({ db, now }: { db: Db; now: Date }) {
  const [evaluated, history] = await Promise.all([
    loadEvaluatedLanes({ db, now }),
    db.readinessChange.findMany({
      select: { laneId: true, at: true, verdict: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
  ]);
  const lanes: LaneSummary[] = evaluated.map(({ row, data, evaluation }) => {
    const current = (role: "PLANNER" | "EXECUTOR") =>
      row.assignments.find((a) => a.role === role && a.endedAt === null)?.user.name ?? null;
    return {
      slug: row.slug,
      name: row.name,
      owningTeam: row.team.name,
      teamSlug: row.team.slug,
      stage: row.stage,
      plannerOwner: current("PLANNER"),
      executorOwner: current("EXECUTOR"),
      streak: evaluation.streak,
      requiredStreak: evaluation.requiredStreak,
      verdict: evaluation.verdict,
      topReason: evaluation.reasons[0] ?? null,
      reasonCount: evaluation.reasons.length,
      flags: evaluation.flags,
      mainKpi: buildMainKpiSparkline({ series: buildKpiSeries({ lane: data, evaluation }) }),
    };
  });
  const orgRule = evaluateOrgRule({
    lanes: lanes.map((l, i) => ({
      slug: l.slug,
      name: l.name,
      stage: l.stage,
      verdict: l.verdict,
      oneLaneOverride: evaluated[i]?.row.stageChanges.some((c) => c.overrideKind === "ONE_LANE") ?? false,
    })),
  });
  return { lanes, orgRule, verdictsByDay: buildVerdictSeries({ history, now }) };
}
