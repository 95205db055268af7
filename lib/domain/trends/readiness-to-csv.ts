import type { LaneSummary } from "../overview/filter-lanes";
import { toCsv } from "./to-csv";

/** The readiness table as a spreadsheet: one row per lane, the same columns as the page. */
export function readinessToCsv({ lanes }: { lanes: readonly LaneSummary[] }): string {
  return toCsv({
    columns: [
      "lane",
      "slug",
      "team",
      "stage",
      "planner_owner",
      "executor_owner",
      "streak",
      "required_streak",
      "verdict",
      "top_reason_code",
      "top_reason",
      "reason_count",
      "flags",
      "main_kpi",
      "main_kpi_latest",
      "main_kpi_unit",
    ],
    rows: lanes.map((l) => [
      l.name,
      l.slug,
      l.owningTeam,
      l.stage,
      l.plannerOwner,
      l.executorOwner,
      l.streak,
      l.requiredStreak,
      l.verdict,
      l.topReason?.code,
      l.topReason?.message,
      l.reasonCount,
      l.flags.map((f) => f.code).join(" "),
      l.mainKpi?.label,
      l.mainKpi?.points.at(-1)?.value,
      l.mainKpi?.unit,
    ]),
  });
}
