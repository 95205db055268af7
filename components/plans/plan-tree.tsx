import type { NodeDiff } from "@/lib/domain/plans/plan-diff-types";
import type { PlanNode } from "@/lib/domain/plans/plan-types";

const STATUS_STYLE: Record<NodeDiff["status"], string> = {
  added: "border-emerald-500 bg-emerald-50",
  removed: "border-red-500 bg-red-50",
  changed: "border-amber-500 bg-amber-50",
  unchanged: "border-slate-200 bg-white",
};

const STATUS_LABEL: Record<NodeDiff["status"], string | null> = {
  added: "added",
  removed: "removed",
  changed: "changed",
  unchanged: null,
};

function formatDelta(delta: NodeDiff["metricDeltas"][number]): string {
  const before = delta.before?.raw ?? "–";
  const after = delta.after?.raw ?? "–";
  const ratio =
    delta.ratio === null ? "" : ` (${delta.ratio >= 0 ? "+" : "−"}${Math.abs(delta.ratio * 100).toFixed(0)}%)`;
  return `${delta.key}: ${before} → ${after}${ratio}`;
}

/** One side of the plan diff: an operator tree with each node marked by its diff status. */
export function PlanTree({
  node,
  byId,
  side,
}: {
  node: PlanNode;
  byId: Record<string, NodeDiff>;
  side: "before" | "after";
}) {
  const diff = byId[node.id];
  const status = diff?.status ?? "unchanged";
  const label = diff?.moved ? "moved" : STATUS_LABEL[status];
  const args = Object.entries(node.properties);
  return (
    <li className="mt-1">
      <div
        className={`rounded border-l-4 px-2 py-1 ${STATUS_STYLE[status]}`}
        data-status={status}
        data-operator={node.operator}
      >
        <div className="flex flex-wrap items-baseline gap-2">
          <span className="font-mono text-xs font-semibold">{node.operator}</span>
          {label ? (
            <span className="text-[11px] font-medium uppercase tracking-wide text-slate-600">{label}</span>
          ) : null}
        </div>
        {args.length ? (
          <div className="break-all font-mono text-[11px] text-slate-600">
            {args
              .map(([k, v]) => (k === "args" ? v : `${k}=${v}`))
              .join(", ")
              .slice(0, 300)}
          </div>
        ) : null}
        {side === "after" && diff?.propertyChanges.length ? (
          <ul className="mt-1 space-y-0.5 text-[11px] text-amber-900">
            {diff.propertyChanges.map((c) => (
              <li key={c.key} className="break-all font-mono">
                {c.key}: {c.before ?? "(none)"} → {c.after ?? "(none)"}
              </li>
            ))}
          </ul>
        ) : null}
        {side === "after" && diff?.metricDeltas.length ? (
          <ul className="mt-1 space-y-0.5 text-[11px] text-indigo-900">
            {diff.metricDeltas.slice(0, 6).map((d) => (
              <li key={d.key} className="font-mono">
                {formatDelta(d)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {node.children.length ? (
        <ul className="ml-4 border-l border-slate-200 pl-2">
          {node.children.map((child) => (
            <PlanTree key={child.id} node={child} byId={byId} side={side} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
