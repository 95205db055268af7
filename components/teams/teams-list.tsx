import Link from "next/link";
import { formatDuration } from "@/lib/domain/format/format-duration";
import { TEAM_SORTS, type TeamSort, sortTeams } from "@/lib/domain/teams/sort-teams";
import type { TeamSummaryView } from "@/lib/views/team-view";
import { Badge } from "@/components/ui/badge";
import { SortForm } from "@/components/ui/sort-form";

const SORT_LABELS: Record<TeamSort, string> = {
  name: "Name",
  lanes: "Most lanes",
  ready: "Most READY",
  failure: "Change failure rate",
};

/** Every team as a card: lanes by verdict and the roll-up's headline numbers; the sort lives in the URL. */
export function TeamsList({ teams, sort }: { teams: readonly TeamSummaryView[]; sort: TeamSort }) {
  return (
    <div className="space-y-3">
      <SortForm
        id="teams-sort"
        label="Sort by"
        formLabel="Sort teams"
        value={sort}
        keys={TEAM_SORTS}
        labels={SORT_LABELS}
      />
      <ul aria-label="Teams" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {sortTeams(teams, sort).map((t) => (
          <li key={t.slug} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <Link href={`/teams/${t.slug}`} className="font-medium text-indigo-700 hover:underline">
              {t.name}
            </Link>
            <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
              <span>
                {t.laneCount} lane{t.laneCount === 1 ? "" : "s"}
              </span>
              {t.verdicts.READY ? <Badge tone="green">{t.verdicts.READY} READY</Badge> : null}
              {t.verdicts.HOLD ? <Badge tone="amber">{t.verdicts.HOLD} HOLD</Badge> : null}
              {t.verdicts.STOP ? <Badge tone="red">{t.verdicts.STOP} STOP</Badge> : null}
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-2 text-xs">
              <dt className="text-slate-500">Change failure</dt>
              <dd className="tabular-nums">
                {t.changeFailureRate === null ? "—" : `${Math.round(t.changeFailureRate * 100)}%`}
              </dd>
              <dt className="text-slate-500">Time to recover</dt>
              <dd className="tabular-nums">
                {t.meanTimeToRecoverSeconds === null ? "—" : formatDuration(t.meanTimeToRecoverSeconds)}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
