import Link from "next/link";
import type { TDecisionListItem } from "@/lib/schemas/decision";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { Badge } from "@/components/ui/badge";
import { VerdictBadge } from "@/components/lanes/verdict-badge";

export function DecisionsTable({ decisions }: { decisions: TDecisionListItem[] }) {
  if (decisions.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
        No expansion decision has been recorded yet.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Lane
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Outcome
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Taken on
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              By
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              When
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Reason
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {decisions.map((d) => (
            <tr key={d.id} data-decision={d.id} className="align-top">
              <td className="px-3 py-2">
                <Link href={`/lanes/${d.lane.slug}`} className="font-medium text-indigo-700 hover:underline">
                  {d.lane.name}
                </Link>
              </td>
              <td className="px-3 py-2 space-x-1">
                <Badge tone={d.outcome === "APPROVED" ? "green" : "slate"}>
                  {d.outcome === "APPROVED" ? "approved" : "refused"}
                </Badge>
                {d.needsReview ? (
                  <Badge tone="amber" title={d.needsReviewReason ?? undefined}>
                    needs review
                  </Badge>
                ) : null}
              </td>
              <td className="px-3 py-2">
                {d.verdict ? <VerdictBadge verdict={d.verdict} /> : "—"}
                {d.streak !== null ? (
                  <span className="ml-1 tabular-nums text-xs text-slate-600">
                    streak {d.streak}/{d.requiredStreak}
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2">{d.decidedBy ?? <span className="text-slate-500">system</span>}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatInstant(new Date(d.decidedAt))}</td>
              <td className="max-w-md px-3 py-2 text-slate-700">
                {d.reason}
                {d.needsReview && d.needsReviewReason ? (
                  <span className="block text-xs text-amber-800">Review: {d.needsReviewReason}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
