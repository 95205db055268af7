import "server-only";
import { evaluateLane } from "@/lib/domain/readiness/evaluate-lane";
import { evaluateOrgRule } from "@/lib/domain/readiness/evaluate-org-rule";
import type { Db } from "@/lib/server/db-types";
import { laneDataInclude } from "@/lib/server/lanes/lane-data-query";
import { toLaneData } from "@/lib/server/lanes/to-lane-data";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import { buildVerdictSeries } from "@/lib/domain/trends/build-verdict-series";
import { buildMainKpiSparkline } from "@/lib/domain/trends/build-main-kpi-sparkline";

import type { LaneSummary } from "@/lib/domain/overview/filter-lanes";

/**
 * Readiness of every lane (with its main KPI's trend), the organisation's one-lane rule and lanes
 * by verdict per day, in a fixed number of queries.
 */
export async function getReadinessOverview({ db, now }: { db: Db; now: Date }) {
  const [rows, history] = await Promise.all([
    db.lane.findMany({ include: laneDataInclude, orderBy: { name: "asc" } }),
    db.readinessChange.findMany({
      select: { laneId: true, at: true, verdict: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
  ]);
  const lanes: LaneSummary[] = rows.map((row) => {
    const data = toLaneData(row);
    const evaluation = evaluateLane({ lane: data, now });
    const current = (role: "PLANNER" | "EXECUTOR") =>
      row.assignments.find((a) => a.role === role && a.endedAt === null)?.user.name ?? null;
    return {
      slug: row.slug,
      name: row.name,
      owningTeam: row.owningTeam,
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
      oneLaneOverride: rows[i]?.stageChanges.some((c) => c.overrideKind === "ONE_LANE") ?? false,
    })),
  });
  return { lanes, orgRule, verdictsByDay: buildVerdictSeries({ history, now }) };
}
