import type { Incident, ReleaseStatus, Severity, Stage, Verdict } from "../readiness/types";
import { computeChangeFailureRate, type ChangeFailureRate } from "./compute-change-failure-rate";
import { computeMeanTimeToRecover, type MeanTimeToRecover } from "./compute-mean-time-to-recover";
import { computeTimeToReady, type TimeToReady } from "./compute-time-to-ready";
import { countIncidentsBySeverity } from "./count-incidents-by-severity";

/** One lane of a team as the roll-up reads it (lib/server maps rows and evaluations to this). */
export interface TeamLaneInput {
  slug: string;
  name: string;
  stage: Stage;
  verdict: Verdict;
  streak: number;
  requiredStreak: number;
  releases: readonly { status: ReleaseStatus; deployedAt: Date | null }[];
  incidents: readonly Incident[];
  history: readonly { at: Date; verdict: Verdict }[];
}

export interface TeamLaneRollup {
  slug: string;
  name: string;
  stage: Stage;
  verdict: Verdict;
  streak: number;
  requiredStreak: number;
  timeToReady: TimeToReady;
  changeFailure: ChangeFailureRate;
  recovery: MeanTimeToRecover;
  incidentsBySeverity: Record<Severity, number>;
}

export interface TeamRollup {
  lanes: TeamLaneRollup[];
  verdicts: Record<Verdict, number>;
  /** Mean seconds from first deploy to READY over the lanes that reached it; null when none did. */
  meanTimeToReadySeconds: number | null;
  lanesReady: number;
  changeFailure: ChangeFailureRate;
  recovery: MeanTimeToRecover;
  incidentsBySeverity: Record<Severity, number>;
}

/** A team's lanes rolled up: per lane and in total, in the spirit of DORA's Four Keys. */
export function summarizeTeam({ lanes }: { lanes: readonly TeamLaneInput[] }): TeamRollup {
  const rows = lanes.map((l) => ({
    slug: l.slug,
    name: l.name,
    stage: l.stage,
    verdict: l.verdict,
    streak: l.streak,
    requiredStreak: l.requiredStreak,
    timeToReady: computeTimeToReady({ deployedAts: l.releases.map((r) => r.deployedAt), history: l.history }),
    changeFailure: computeChangeFailureRate({ statuses: l.releases.map((r) => r.status) }),
    recovery: computeMeanTimeToRecover({ incidents: l.incidents }),
    incidentsBySeverity: countIncidentsBySeverity({ incidents: l.incidents }),
  }));
  const reached = rows.flatMap((r) => (r.timeToReady.seconds === null ? [] : [r.timeToReady.seconds]));
  const verdicts: Record<Verdict, number> = { READY: 0, HOLD: 0, STOP: 0 };
  for (const l of lanes) verdicts[l.verdict] += 1;
  const incidents = lanes.flatMap((l) => l.incidents);
  return {
    lanes: rows,
    verdicts,
    meanTimeToReadySeconds: reached.length === 0 ? null : reached.reduce((a, b) => a + b, 0) / reached.length,
    lanesReady: reached.length,
    changeFailure: computeChangeFailureRate({ statuses: lanes.flatMap((l) => l.releases.map((r) => r.status)) }),
    recovery: computeMeanTimeToRecover({ incidents }),
    incidentsBySeverity: countIncidentsBySeverity({ incidents }),
  };
}
