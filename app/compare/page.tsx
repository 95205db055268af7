import type { Metadata } from "next";
import { COMPARE_SORTS } from "@/lib/domain/compare/compare-kpi-across-lanes";
import { requireViewer } from "@/lib/server/auth/get-viewer";
import { getKpiComparison } from "@/lib/server/compare/get-kpi-comparison";
import { getDb } from "@/lib/server/db";
import { KpiComparisonView } from "@/components/compare/kpi-comparison";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  await requireViewer();
  const raw = await searchParams;
  const one = (k: string) => {
    const v = raw[k];
    return (Array.isArray(v) ? v[0] : v) || null;
  };
  const sort = COMPARE_SORTS.find((s) => s === one("sort")) ?? "improvement";
  const team = one("team");
  const { teams, ...comparison } = await getKpiComparison({
    db: getDb(),
    now: new Date(),
    kpiKey: one("kpi"),
    team,
    sort,
  });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Compare</h1>
      <p className="text-sm text-slate-600">
        One KPI across lanes: each lane&apos;s latest counted value against its own baseline, as an improvement
        percentage, so lanes with different baselines compare.
      </p>
      <KpiComparisonView comparison={comparison} teams={teams} team={team} sort={sort} />
    </div>
  );
}
