import type { LaneView } from "@/lib/views/lane-view";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { Card } from "@/components/ui/card";

export function PlanSnapshotsCard({ lane }: { lane: LaneView }) {
  return (
    <Card id="plans" title="Plan snapshots">
      {lane.planSnapshots.length === 0 ? (
        <p className="text-sm text-slate-500">No query plan captured for the target workload yet.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {lane.planSnapshots.map((p) => (
            <li key={p.id}>
              <span className="font-mono text-xs">{p.queryName}</span>
              <span className="block text-xs text-slate-500">
                {formatInstant(p.capturedAt)}
                {p.releaseLabel ? ` · release ${p.releaseLabel}` : " · before any release"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
