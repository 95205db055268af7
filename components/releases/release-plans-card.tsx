import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatInstant } from "@/lib/domain/format/format-instant";
import type { ReleasePlanView } from "@/lib/views/release-evidence-view";

/** Changes are ranked (index and structure first), so the first lines are the ones that matter. */
const SHOWN_CHANGES = 5;

/** Operators whose ANALYZE metrics moved beyond noise since the previous release's plan. */
export function OperatorMoves({ operators }: { operators: ReleasePlanView["operators"] }) {
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-indigo-900" aria-label="Operator metrics beyond noise">
      {operators.map((o) => (
        <li key={o.afterId} data-operator-move={o.label}>
          <span className="font-mono">{o.label}</span>:{" "}
          {o.moves
            .map(
              (m) =>
                `${m.key} ${m.before} → ${m.after}${m.change === null ? "" : ` (${m.change >= 0 ? "+" : "−"}${Math.abs(m.change * 100).toFixed(0)}%)`}`,
            )
            .join(", ")}
        </li>
      ))}
    </ul>
  );
}

/** The release's plan snapshots: format, parse problems, and whether the plan changed since the previous release. */
export function ReleasePlansCard({
  laneSlug,
  releaseLabel,
  plans,
}: {
  laneSlug: string;
  releaseLabel: string;
  plans: ReleasePlanView[];
}) {
  return (
    <Card id="release-plans" title="Query plans captured for this release">
      {plans.length === 0 ? (
        <p className="text-sm text-slate-500">
          No plan snapshot was captured for this release. Pipelines push them with lanegate plans push.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {plans.map((p) => (
            <li key={p.id} className="py-2" data-plan={p.queryName}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs">{p.queryName}</span>
                <Badge tone={p.format === "unknown" ? "red" : "slate"}>{p.format}</Badge>
                {p.changed ? (
                  <Badge tone="violet">plan changed since {p.previousRelease}</Badge>
                ) : p.previousRelease ? (
                  <Badge tone="green">same plan as {p.previousRelease}</Badge>
                ) : null}
                <span className="text-xs text-slate-500">captured {formatInstant(p.capturedAt)}</span>
                {p.previousRelease ? (
                  <Link
                    className="text-xs text-indigo-700 hover:underline"
                    href={`/lanes/${laneSlug}/plans/diff?query=${encodeURIComponent(p.queryName)}&release=${encodeURIComponent(releaseLabel)}`}
                  >
                    diff with {p.previousRelease}
                  </Link>
                ) : null}
              </div>
              {p.summary.length ? (
                <ul className="mt-1 list-disc pl-5 text-xs text-slate-600" data-testid="plan-summary">
                  {p.summary.slice(0, SHOWN_CHANGES).map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                  {p.summary.length > SHOWN_CHANGES ? (
                    <li className="list-none text-slate-500">
                      and {p.summary.length - SHOWN_CHANGES} more change
                      {p.summary.length - SHOWN_CHANGES > 1 ? "s" : ""} on the diff page
                    </li>
                  ) : null}
                </ul>
              ) : null}
              {p.operators.length ? <OperatorMoves operators={p.operators} /> : null}
              {p.problems.length ? (
                <ul className="mt-1 space-y-0.5 text-xs">
                  {p.problems.slice(0, 5).map((problem, i) => (
                    <li key={i} className={problem.severity === "error" ? "text-red-700" : "text-amber-800"}>
                      line {problem.line}: {problem.message} ({problem.severity})
                    </li>
                  ))}
                  {p.problems.length > 5 ? (
                    <li className="text-slate-500">{p.problems.length - 5} more problems</li>
                  ) : null}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
