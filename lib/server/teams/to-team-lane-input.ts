import "server-only";
import type { TeamLaneInput } from "@/lib/domain/teams/summarize-team";
import type { ReadinessChangeEntry } from "@/lib/domain/trends/history-types";
import type { EvaluatedLane } from "@/lib/server/lanes/load-evaluated-lanes";

/** An evaluated lane and the readiness history as the team roll-up reads them. */
export function toTeamLaneInput(
  { row, data, evaluation }: EvaluatedLane,
  history: readonly ReadinessChangeEntry[],
): TeamLaneInput {
  const status = new Map(evaluation.releases.map((e) => [e.releaseId, e.status]));
  return {
    slug: row.slug,
    name: row.name,
    stage: row.stage,
    verdict: evaluation.verdict,
    streak: evaluation.streak,
    requiredStreak: evaluation.requiredStreak,
    releases: data.releases.map((r) => ({ deployedAt: r.deployedAt, status: status.get(r.id) ?? "PLANNED" })),
    incidents: data.releases.flatMap((r) => r.incidents),
    history: history.filter((h) => h.laneId === row.id),
  };
}
