import "server-only";
import { summarizeTeam } from "@/lib/domain/teams/summarize-team";
import type { Db } from "@/lib/server/db-types";
import { loadReadinessHistory } from "@/lib/server/lanes/get-lane-history";
import { loadEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";
import { toTeamLaneInput } from "@/lib/server/teams/to-team-lane-input";

/** Every team with its roll-up totals (the /teams page), in a fixed number of queries. */
export async function getTeamsOverview({ db, now }: { db: Db; now: Date }) {
  const [teams, evaluated, history] = await Promise.all([
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    loadEvaluatedLanes({ db, now }),
    loadReadinessHistory({ db }),
  ]);
  return teams.map((team) => {
    const lanes = evaluated.filter((l) => l.row.teamId === team.id).map((l) => toTeamLaneInput(l, history));
    const rollup = summarizeTeam({ lanes });
    return {
      slug: team.slug,
      name: team.name,
      laneCount: lanes.length,
      verdicts: rollup.verdicts,
      changeFailureRate: rollup.changeFailure.rate,
      meanTimeToRecoverSeconds: rollup.recovery.meanSeconds,
      meanTimeToReadySeconds: rollup.meanTimeToReadySeconds,
    };
  });
}
export type TeamsOverview = Awaited<ReturnType<typeof getTeamsOverview>>;
