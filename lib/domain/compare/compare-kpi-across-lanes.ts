import { formatImprovement, type Improvement } from "../format/format-improvement";
import type { Direction } from "../readiness/types";
import type { KpiSeries } from "../trends/build-kpi-series";

export const COMPARE_SORTS = ["improvement", "lane", "value"] as const;
export type CompareSort = (typeof COMPARE_SORTS)[number];

export interface CompareLaneInput {
  slug: string;
  name: string;
  team: string;
  series: readonly KpiSeries[];
}

export interface CompareRow {
  slug: string;
  name: string;
  team: string;
  /** The newest release with a counted value of the KPI. */
  release: string | null;
  value: number | null;
  baseline: number | null;
  target: number | null;
  met: boolean | null;
  improvement: Improvement;
}

export interface KpiComparison {
  /** Every KPI some lane is judged on, by key (label and unit of the first lane that has it). */
  kpis: { kpiKey: string; label: string; unit: string; direction: Direction }[];
  kpi: { kpiKey: string; label: string; unit: string; direction: Direction } | null;
  rows: CompareRow[];
}

/**
 * One KPI across lanes: each lane's latest counted value against its own baseline, as an
 * improvement percentage so lanes with different baselines compare. Lanes without the KPI are
 * left out; lanes with it but no counted value sort last.
 */
export function compareKpiAcrossLanes({
  lanes,
  kpiKey,
  sort,
}: {
  lanes: readonly CompareLaneInput[];
  kpiKey: string | null;
  sort: CompareSort;
}): KpiComparison {
  const kpis = new Map<string, KpiComparison["kpis"][number]>();
  for (const l of lanes)
    for (const s of l.series)
      if (!kpis.has(s.kpiKey))
        kpis.set(s.kpiKey, { kpiKey: s.kpiKey, label: s.label, unit: s.unit, direction: s.direction });
  const kpi = (kpiKey ? kpis.get(kpiKey) : [...kpis.values()][0]) ?? null;
  if (!kpi) return { kpis: [...kpis.values()], kpi: null, rows: [] };
  const rows = lanes.flatMap((l): CompareRow[] => {
    const series = l.series.find((s) => s.kpiKey === kpi.kpiKey);
    if (!series) return [];
    const latest = series.rows.findLast((r) => r.value !== null) ?? null;
    return [
      {
        slug: l.slug,
        name: l.name,
        team: l.team,
        release: latest?.label ?? null,
        value: latest?.value ?? null,
        baseline: latest?.baseline ?? series.rows.at(-1)?.baseline ?? null,
        target: latest?.target ?? series.rows.at(-1)?.target ?? null,
        met: latest?.met ?? null,
        improvement: formatImprovement({
          value: latest?.value ?? null,
          baseline: latest?.baseline ?? null,
          direction: series.direction,
        }),
      },
    ];
  });
  const byName = (a: CompareRow, b: CompareRow) => a.name.localeCompare(b.name);
  const nullsLast = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : 0);
  rows.sort((a, b) => {
    if (sort === "lane") return byName(a, b);
    const [x, y] = sort === "value" ? [a.value, b.value] : [a.improvement.fraction, b.improvement.fraction];
    const missing = nullsLast(x, y);
    if (missing !== 0 || x === null || y === null) return missing || byName(a, b);
    // Best first: the highest improvement; for raw values, the KPI's own better direction.
    const diff = sort === "value" && kpi.direction === "LOWER_IS_BETTER" ? x - y : y - x;
    return diff || byName(a, b);
  });
  return { kpis: [...kpis.values()], kpi, rows };
}
