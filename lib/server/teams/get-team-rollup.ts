import "server-only";
import { formatImprovement } from "@/lib/domain/format/format-improvement";
import { summarizeTeam } from "@/lib/domain/teams/summarize-team";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import type { TTeamRollup } from "@/lib/schemas/team";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { loadEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";
import { loadReadinessHistory } from "@/lib/server/lanes/get-lane-history";
import { toTeamLaneInput } from "@/lib/server/teams/to-team-lane-input";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A team's roll-up: each lane's verdict, streak and Four Keys, and the team's totals. */
export async function getTeamRollup({ db, slug, now }: { db: Db; slug: string; now: Date }): Promise<TTeamRollup> {
  const team = await db.team.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!team) throw notFound(`Team "${slug}"`);
  const evaluated = await loadEvaluatedLanes({ db, where: { teamId: team.id }, now });
  const history = await loadReadinessHistory({ db, laneIds: evaluated.map((l) => l.row.id) });
  const rollup = summarizeTeam({ lanes: evaluated.map((lane) => toTeamLaneInput(lane, history)) });
  return {
    team: { slug: team.slug, name: team.name },
    generatedAt: now.toISOString(),
    verdicts: rollup.verdicts,
    meanTimeToReadySeconds: rollup.meanTimeToReadySeconds,
    lanesReady: rollup.lanesReady,
    changeFailure: rollup.changeFailure,
    recovery: rollup.recovery,
    incidentsBySeverity: rollup.incidentsBySeverity,
    lanes: rollup.lanes.map((l, i) => {
      const lane = evaluated[i];
      const main = lane ? buildKpiSeries({ lane: lane.data, evaluation: lane.evaluation })[0] : undefined;
      const latest = main?.rows.findLast((r) => r.value !== null);
      return {
        slug: l.slug,
        name: l.name,
        stage: l.stage,
        verdict: l.verdict,
        streak: l.streak,
        requiredStreak: l.requiredStreak,
        firstDeployAt: iso(l.timeToReady.firstDeployAt),
        readyAt: iso(l.timeToReady.readyAt),
        timeToReadySeconds: l.timeToReady.seconds,
        changeFailure: l.changeFailure,
        recovery: l.recovery,
        incidentsBySeverity: l.incidentsBySeverity,
        mainKpi: main
          ? {
              label: main.label,
              unit: main.unit,
              value: latest?.value ?? null,
              improvement: formatImprovement({
                value: latest?.value ?? null,
                baseline: latest?.baseline ?? null,
                direction: main.direction,
              }),
            }
          : null,
      };
    }),
  };
}
