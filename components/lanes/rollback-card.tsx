import type { LaneView } from "@/lib/views/lane-view";
import { formatDuration } from "@/lib/domain/format/format-duration";
import { isRecoverySlow } from "@/lib/domain/readiness/is-recovery-slow";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { Card } from "@/components/ui/card";

export function RollbackCard({ lane }: { lane: LaneView }) {
  const design = lane.rollbackDesign;
  return (
    <Card id="rollback" title="Rollback design">
      {!design ? (
        <p className="text-sm text-slate-500">
          No rollback design. Write a runbook and name the rollback target before the first deployment.
        </p>
      ) : (
        <div className="space-y-3 text-sm">
          <dl className="space-y-1">
            <div>
              <dt className="inline font-medium text-slate-700">Runbook: </dt>
              <dd className="inline break-all">
                {design.runbookUrl ? (
                  <a className="text-indigo-700 hover:underline" href={design.runbookUrl} rel="noreferrer">
                    {design.runbookUrl}
                  </a>
                ) : (
                  <span className="text-red-700">missing</span>
                )}
              </dd>
            </div>
            <div>
              <dt className="inline font-medium text-slate-700">Rollback target: </dt>
              <dd className="inline">{design.rollbackTarget ?? <span className="text-red-700">missing</span>}</dd>
            </div>
          </dl>
          <div>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Drills</h3>
            {lane.drills.length === 0 ? (
              <p className="text-slate-500">No drill yet.</p>
            ) : (
              <ul className="space-y-1">
                {lane.drills.map((d) => (
                  <li key={d.id}>
                    {formatInstant(d.performedAt)} ·{" "}
                    <span
                      className={
                        isRecoverySlow({ seconds: d.recoverySeconds, limitSeconds: lane.recoveryLimitSeconds })
                          ? "font-medium text-red-700"
                          : "text-emerald-700"
                      }
                    >
                      recovered in {formatDuration(d.recoverySeconds)}
                    </span>
                    {d.notes ? <span className="block text-xs text-slate-500">{d.notes}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
