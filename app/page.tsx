import Link from "next/link";
import { getDb } from "@/lib/server/db";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";
import { ReadinessOverview } from "@/components/lanes/readiness-overview";
import { PlanChangesCard } from "@/components/plans/plan-changes-card";
import { getPlanChanges } from "@/lib/server/ingest/get-plan-changes";

export const dynamic = "force-dynamic";

export default async function ReadinessPage() {
  const [overview, planChanges] = await Promise.all([getReadinessOverview({ db: getDb(), now: new Date() }), getPlanChanges({ db: getDb() })]);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Readiness</h1>
        <Link href="/lanes/new" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">New lane</Link>
      </div>
      <ReadinessOverview initial={JSON.parse(JSON.stringify(overview))} />
      <PlanChangesCard changes={planChanges} />
    </div>
  );
}
