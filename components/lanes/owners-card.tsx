import type { LaneView } from "@/lib/views/lane-view";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

const ROLES = [
  { role: "PLANNER", label: "Planner owner", scope: "logical/physical planning, optimizer rules, plan regressions" },
  { role: "EXECUTOR", label: "Executor owner", scope: "operators, memory, runtime behaviour" },
] as const;

export function OwnersCard({ lane }: { lane: LaneView }) {
  const history = [...lane.assignments].sort((a, b) => b.assignedAt.getTime() - a.assignedAt.getTime());
  return (
    <Card id="owners" title="Accountability">
      <dl className="space-y-3 text-sm">
        {ROLES.map(({ role, label, scope }) => {
          const current = lane.assignments.find((a) => a.role === role && a.endedAt === null);
          return (
            <div key={role} data-role={role}>
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd>
                {current ? (
                  <span className="text-slate-900">{current.userName}</span>
                ) : (
                  <Badge tone="red">missing</Badge>
                )}
                <span className="block text-xs text-slate-500">{scope}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <h3 className="mb-1 mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500">History</h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-500">Nobody has been assigned yet.</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {history.map((a) => (
            <li key={a.id} className="border-l-2 border-slate-200 pl-2">
              <span className="font-medium">{a.userName}</span> as {a.role.toLowerCase()} owner
              <span className="block text-xs text-slate-500">
                {formatInstant(a.assignedAt)} by {a.assignedByName ?? "the system"}
                {a.endedAt ? ` · until ${formatInstant(a.endedAt)}` : " · current"}
              </span>
              <span className="block text-xs italic text-slate-500">“{a.reason}”</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
