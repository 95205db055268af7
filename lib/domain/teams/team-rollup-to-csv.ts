import { toCsv } from "../trends/to-csv";

interface Rates {
  changeFailure: { unstable: number; closed: number; rate: number | null };
  recovery: { meanSeconds: number | null; resolved: number; open: number };
  incidentsBySeverity: { P1: number; P2: number; P3: number; P4: number };
}

/** The roll-up as the export reads it: the team's totals and one entry per lane. */
export interface TeamRollupForCsv extends Rates {
  team: { slug: string; name: string };
  meanTimeToReadySeconds: number | null;
  lanes: (Rates & {
    slug: string;
    name: string;
    stage: string;
    verdict: string;
    streak: number;
    requiredStreak: number;
    timeToReadySeconds: number | null;
    mainKpi: { label: string; value: number | null; unit: string; improvement: { text: string } } | null;
  })[];
}

/** A team's roll-up as one spreadsheet: a row per lane, then the team's total row (scope "team"). */
export function teamRollupToCsv(rollup: TeamRollupForCsv): string {
  const rates = (r: Rates) => [
    r.changeFailure.unstable,
    r.changeFailure.closed,
    r.changeFailure.rate,
    r.recovery.meanSeconds,
    r.recovery.resolved,
    r.recovery.open,
    r.incidentsBySeverity.P1,
    r.incidentsBySeverity.P2,
    r.incidentsBySeverity.P3,
    r.incidentsBySeverity.P4,
  ];
  return toCsv({
    columns: [
      "scope",
      "team",
      "lane",
      "slug",
      "stage",
      "verdict",
      "streak",
      "required_streak",
      "time_to_ready_seconds",
      "unstable_releases",
      "closed_releases",
      "change_failure_rate",
      "mean_time_to_recover_seconds",
      "incidents_resolved",
      "incidents_open",
      "incidents_p1",
      "incidents_p2",
      "incidents_p3",
      "incidents_p4",
      "main_kpi",
      "main_kpi_latest",
      "main_kpi_unit",
      "main_kpi_vs_baseline",
    ],
    rows: [
      ...rollup.lanes.map((l) => [
        "lane",
        rollup.team.name,
        l.name,
        l.slug,
        l.stage,
        l.verdict,
        l.streak,
        l.requiredStreak,
        l.timeToReadySeconds,
        ...rates(l),
        l.mainKpi?.label,
        l.mainKpi?.value,
        l.mainKpi?.unit,
        l.mainKpi?.improvement.text,
      ]),
      // The total row leaves the per-lane columns (lane, stage, verdict, streak, main KPI) empty.
      [
        ...["team", rollup.team.name, null, rollup.team.slug, null, null, null, null],
        rollup.meanTimeToReadySeconds,
        ...rates(rollup),
        ...[null, null, null, null],
      ],
    ],
  });
}
