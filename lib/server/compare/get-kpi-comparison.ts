import "server-only";
import { compareKpiAcrossLanes, type CompareSort } from "@/lib/domain/compare/compare-kpi-across-lanes";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import type { Db } from "@/lib/server/db-types";
import { loadEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";

/** One KPI across every lane (or one team's lanes), each against its own baseline. */
export async function getKpiComparison({
  db,
  now,
  kpiKey,
  team,
  sort,
}: {
  db: Db;
  now: Date;
  kpiKey: string | null;
  team: string | null;
  sort: CompareSort;
}) {
  const [evaluated, teams] = await Promise.all([
    loadEvaluatedLanes({ db, now, where: team ? { team: { slug: team } } : undefined }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  const comparison = compareKpiAcrossLanes({
    lanes: evaluated.map(({ row, data, evaluation }) => ({
      slug: row.slug,
      name: row.name,
      team: row.team.name,
      series: buildKpiSeries({ lane: data, evaluation }),
    })),
    kpiKey,
    sort,
  });
  return { ...comparison, teams };
}
