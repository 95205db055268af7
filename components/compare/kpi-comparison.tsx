import Link from "next/link";
import { COMPARE_SORTS, type CompareSort, type KpiComparison } from "@/lib/domain/compare/compare-kpi-across-lanes";
import { formatQuantity } from "@/lib/domain/format/format-quantity";

const SORT_LABELS: Record<CompareSort, string> = {
  improvement: "Improvement vs baseline",
  value: "Latest value",
  lane: "Lane name",
};
// At phone width every cell stacks in the second column, beside the rank; from `sm` up they are columns.
const CELL = "col-start-2 sm:col-start-auto";
const TONE = { better: "text-emerald-700", worse: "text-red-700", same: "text-slate-600", none: "text-slate-400" };

/**
 * One KPI across lanes; the KPI, team and sort are a plain GET form, so the view's URL can be
 * shared. Rows become cards at phone width (improvement first).
 */
export function KpiComparisonView({
  comparison,
  teams,
  team,
  sort,
}: {
  comparison: KpiComparison;
  teams: readonly { slug: string; name: string }[];
  team: string | null;
  sort: CompareSort;
}) {
  const { kpi, rows } = comparison;
  const q = (value: number | null) => (value === null || !kpi ? "—" : formatQuantity({ value, unit: kpi.unit }));
  return (
    <div className="space-y-4">
      <form
        method="get"
        aria-label="Comparison"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-4"
      >
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="compare-kpi" className="text-xs font-medium text-slate-700">
            KPI
          </label>
          <select
            id="compare-kpi"
            name="kpi"
            defaultValue={kpi?.kpiKey ?? ""}
            className="w-full min-w-0 rounded-md border border-slate-300 px-2 py-1"
          >
            {comparison.kpis.map((k) => (
              <option key={k.kpiKey} value={k.kpiKey}>
                {k.label}
                {k.unit ? ` (${k.unit})` : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="compare-team" className="text-xs font-medium text-slate-700">
            Team
          </label>
          <select
            id="compare-team"
            name="team"
            defaultValue={team ?? ""}
            className="w-full min-w-0 rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">Every team</option>
            {teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="compare-sort" className="text-xs font-medium text-slate-700">
            Sort by
          </label>
          <select
            id="compare-sort"
            name="sort"
            defaultValue={sort}
            className="w-full min-w-0 rounded-md border border-slate-300 px-2 py-1"
          >
            {COMPARE_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button
            type="submit"
            className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700"
          >
            Compare
          </button>
        </div>
      </form>
      {!kpi || rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
          No lane is judged on this KPI.
        </p>
      ) : (
        <ol aria-label={`${kpi.label} by lane`} className="space-y-2">
          {rows.map((r, i) => (
            <li
              key={r.slug}
              data-lane={r.slug}
              className="grid grid-cols-[2rem_1fr] gap-x-2 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm sm:grid-cols-[2rem_2fr_1fr_1fr_1fr_1.5fr] sm:items-center"
            >
              <span className="row-span-5 text-slate-400 tabular-nums sm:row-span-1">{i + 1}</span>
              <span className={CELL}>
                <Link href={`/lanes/${r.slug}`} className="font-medium text-slate-900 hover:underline">
                  {r.name}
                </Link>
                <span className="block text-xs text-slate-500">{r.team}</span>
              </span>
              <span className={`${CELL} font-semibold ${TONE[r.improvement.tone]}`} data-testid="improvement">
                {r.improvement.text}
                <span className="block text-xs font-normal text-slate-500">vs baseline</span>
              </span>
              <span className={`${CELL} tabular-nums`}>
                {q(r.value)}
                <span className="block text-xs text-slate-500">
                  {r.release ? `release ${r.release}` : "no counted value"}
                </span>
              </span>
              <span className={`${CELL} tabular-nums text-slate-600`}>
                baseline {q(r.baseline)}
                <span className="block text-xs text-slate-500">target {q(r.target)}</span>
              </span>
              <span className={`${CELL} text-xs`}>
                {r.met === null ? (
                  <span className="text-slate-400">not measured</span>
                ) : r.met ? (
                  <span className="text-emerald-700">target met</span>
                ) : (
                  <span className="text-red-700">target missed</span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
