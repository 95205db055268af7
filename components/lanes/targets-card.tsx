import type { LaneView } from "@/lib/views/lane-view";
import { describeStop, describeTarget } from "@/lib/domain/format/describe-target";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export function TargetsCard({ lane }: { lane: LaneView }) {
  const versions = [...lane.targetVersions].reverse();
  return (
    <Card id="targets" title="KPI targets and stop conditions">
      {versions.length === 0 ? (
        <p className="text-sm text-slate-500">
          No KPI targets defined. Define them, with stop conditions, before the first deployment.
        </p>
      ) : (
        <div className="space-y-4">
          {versions.map((v) => (
            <div key={v.id} data-target-version={v.version}>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold">Version {v.version}</span>
                <Badge tone={v.status === "APPROVED" ? "green" : v.status === "REJECTED" ? "red" : "amber"}>
                  {v.status.replace("_", " ").toLowerCase()}
                </Badge>
                {v.frozenAt ? (
                  <Badge tone="slate" title={`Frozen ${formatInstant(v.frozenAt)}`}>
                    frozen
                  </Badge>
                ) : null}
              </div>
              <p className="text-xs text-slate-500">
                {v.effectiveFrom ? `In force from ${formatInstant(v.effectiveFrom)}` : "Not in force"}
                {v.approvedByName ? ` · approved by ${v.approvedByName}` : ""}
                {v.reason ? ` · ${v.reason}` : ""}
              </p>
              <ul className="mt-1 space-y-1 text-sm">
                {v.targets.map((t) => (
                  <li key={t.id}>
                    <span className="font-medium">{t.label}</span>: {describeTarget(t)}{" "}
                    <span className="text-xs text-slate-500">
                      (baseline {formatQuantity({ value: t.baseline, unit: t.unit })})
                    </span>
                    {describeStop(t) ? (
                      <span className="block text-xs text-red-700">Stop if {describeStop(t)}</span>
                    ) : (
                      <span className="block text-xs text-slate-400">No stop condition</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
