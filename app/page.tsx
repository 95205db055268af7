import Link from "next/link";
import { getDb } from "@/lib/server/db";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";
import { refreshStoredReadiness } from "@/lib/server/readiness/get-overview-version";
import { overviewEtag } from "@/lib/server/readiness/readiness-etags";
import { ReadinessOverview } from "@/components/lanes/readiness-overview";
import { ZReadinessOverview } from "@/lib/schemas/readiness";
import { PlanChangesCard } from "@/components/plans/plan-changes-card";
import { ChartFrame } from "@/components/charts/chart-frame";
import { LazyVerdictsChart } from "@/components/charts/lazy-verdicts-chart";
import { toOverviewSearch } from "@/lib/client/overview-search";
import { readOverviewSearch } from "@/lib/client/read-overview-search";
import { requireViewer, viewerCan } from "@/lib/server/auth/get-viewer";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReadinessPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") params.set(key, value);
  const query = readOverviewSearch(params);
  const db = getDb();
  const now = new Date();
  const version = await refreshStoredReadiness({ db, now });
  const overview = ZReadinessOverview.parse(
    JSON.parse(JSON.stringify(await getReadinessOverview({ db, now, query, refreshed: true }))),
  );
  const { verdictsByDay } = overview;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Readiness</h1>
        {viewerCan(viewer, "lane.create") ? (
          <Link
            href="/lanes/new"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
          >
            New lane
          </Link>
        ) : null}
      </div>
      <ReadinessOverview
        initial={{
          overview,
          etag: overviewEtag({ version, query }),
          search: toOverviewSearch(query),
          query,
          params: params.toString(),
        }}
      />
      <p className="no-print text-sm">
        <a href="/api/v1/readiness.csv" className="font-medium text-indigo-700 hover:underline" download>
          Download the readiness table as CSV
        </a>
      </p>
      <ChartFrame
        id="verdicts"
        title="Lanes by verdict over time (end of each UTC day)"
        description={
          verdictsByDay.length === 1
            ? "History starts today: the trend builds up day by day."
            : "From each lane's readiness history; a lane counts from its first recorded change."
        }
        empty={verdictsByDay.length === 0 ? "No readiness change has been recorded yet." : null}
        table={{
          caption: "Lanes by verdict per day",
          columns: ["Day (UTC)", "READY", "HOLD", "STOP"],
          rows: verdictsByDay.map((d) => [d.day, d.READY, d.HOLD, d.STOP]),
        }}
      >
        <LazyVerdictsChart days={verdictsByDay} />
      </ChartFrame>
      <PlanChangesCard changes={overview.planChanges} />
    </div>
  );
}
