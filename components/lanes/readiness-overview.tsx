"use client";

import type { TReadinessOverview } from "@/lib/schemas/readiness";
import { useReadinessOverview } from "@/lib/client/use-readiness-overview";
import { OrgRuleBanner } from "@/components/lanes/org-rule-banner";
import { ReadinessTable } from "@/components/lanes/readiness-table";

/** The readiness page body: server-rendered data kept fresh by polling GET /api/v1/lanes. */
export function ReadinessOverview({ initial }: { initial: TReadinessOverview }) {
  const { data } = useReadinessOverview(initial);
  const counts = { READY: 0, HOLD: 0, STOP: 0 };
  for (const l of data.lanes) counts[l.verdict] += 1;
  return (
    <>
      <p className="text-sm text-slate-600">
        {data.lanes.length} lanes · {counts.READY} ready · {counts.HOLD} on hold · {counts.STOP} at stop
      </p>
      <OrgRuleBanner rule={data.orgRule} lanes={data.lanes} />
      <ReadinessTable rows={data.lanes} />
    </>
  );
}
