import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { LanePlanChange } from "@/lib/views/plan-change-view";

/** Readiness page: lanes whose latest release runs different query plans than the release before. */
export function PlanChangesCard({ changes }: { changes: LanePlanChange[] }) {
  if (changes.length === 0) return null;
  return (
    <Card id="plan-changes" title="Query plans changed in the latest release">
      <ul className="space-y-2 text-sm">
        {changes.map((c) => (
          <li key={c.slug} data-lane={c.slug}>
            <Link href={`/lanes/${c.slug}`} className="font-medium hover:underline">
              {c.name}
            </Link>{" "}
            <span className="text-slate-600">release {c.releaseLabel}:</span>{" "}
            {c.queries.map((q, i) => (
              <span key={q.queryName}>
                {i > 0 ? ", " : null}
                <Link
                  className="font-mono text-xs text-indigo-700 hover:underline"
                  href={`/lanes/${c.slug}/plans/diff?query=${encodeURIComponent(q.queryName)}&release=${encodeURIComponent(c.releaseLabel)}`}
                  title={q.summary.join("\n")}
                >
                  {q.queryName}
                </Link>
              </span>
            ))}
            {c.queries[0]?.summary[0] ? (
              <span className="block text-xs text-slate-500">{c.queries[0].summary[0]}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
