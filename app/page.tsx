import { getDb } from "@/lib/server/db";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";
import { ReadinessTable } from "@/components/lanes/readiness-table";
import { OrgRuleBanner } from "@/components/lanes/org-rule-banner";
import { PlanChangesCard } from "@/components/plans/plan-changes-card";
import { getPlanChanges } from "@/lib/server/ingest/get-plan-changes";

export const dynamic = "force-dynamic";

export default async function ReadinessPage() {
  const [{ lanes, orgRule }, planChanges] = await Promise.all([getReadinessOverview({ db: getDb(), now: new Date() }), getPlanChanges({ db: getDb() })]);
  const counts = { READY: 0, HOLD: 0, STOP: 0 };
  for (const l of lanes) counts[l.verdict] += 1;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Readiness</h1>
        <p className="text-sm text-slate-600">
          {lanes.length} lanes · {counts.READY} ready · {counts.HOLD} on hold · {counts.STOP} at stop
        </p>
      </div>
      <OrgRuleBanner rule={orgRule} lanes={lanes} />
      <ReadinessTable rows={lanes} />
      <PlanChangesCard changes={planChanges} />
    </div>
  );
}
