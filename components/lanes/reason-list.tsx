import type { Flag, Reason } from "@/lib/domain/readiness/types";
import { FLAG_TITLES } from "@/lib/domain/readiness/describe-flag-code";
import { REASON_TITLES } from "@/lib/domain/readiness/describe-reason-code";
import { chooseFixLinks } from "@/lib/domain/readiness/choose-fix-links";

const KIND_STYLE = {
  release: "border-l-red-400",
  gate: "border-l-amber-400",
  warning: "border-l-sky-400",
} as const;

export function ReasonList({
  reasons,
  emptyText,
  fixLinks,
}: {
  reasons: Reason[];
  emptyText?: string;
  /** With the lane's slug and release labels, each "To fix" links to what fixes it (chooseFixLinks). */
  fixLinks?: { laneSlug: string; releaseLabels: ReadonlyMap<string, string>; newestRelease: string | null };
}) {
  if (reasons.length === 0) return emptyText ? <p className="text-sm text-slate-500">{emptyText}</p> : null;
  return (
    <ul className="space-y-2">
      {reasons.map((r, i) => (
        <li
          key={`${r.code}-${r.releaseId ?? ""}-${r.kpiKey ?? ""}-${i}`}
          data-code={r.code}
          className={`rounded-md border border-slate-200 border-l-4 bg-white px-3 py-2 text-sm ${KIND_STYLE[r.kind]}`}
        >
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{REASON_TITLES[r.code]}</span>
            <code className="text-[11px] text-slate-600">{r.code}</code>
          </div>
          <p className="mt-0.5 text-slate-700">{r.message}</p>
          <p className="mt-0.5 text-slate-500">
            <span className="font-medium text-slate-600">To fix: </span>
            {r.fix}
          </p>
          {fixLinks ? (
            <p className="mt-1 flex flex-wrap gap-x-3 text-xs">
              {chooseFixLinks({
                code: r.code,
                laneSlug: fixLinks.laneSlug,
                releaseLabel: (r.releaseId ? fixLinks.releaseLabels.get(r.releaseId) : null) ?? fixLinks.newestRelease,
              }).map((l) => (
                <a key={l.href} href={l.href} className="font-medium text-indigo-700 hover:underline">
                  {l.label} →
                </a>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function FlagList({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) return <p className="text-sm text-slate-500">No anti-pattern flags.</p>;
  return (
    <ul className="space-y-2">
      {flags.map((f) => (
        <li
          key={f.code}
          data-code={f.code}
          className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm"
        >
          <span className="font-medium text-violet-900">{FLAG_TITLES[f.code]}</span>
          <code className="ml-2 text-[11px] text-violet-800">{f.code}</code>
          <p className="mt-0.5 text-violet-900/80">{f.message}</p>
        </li>
      ))}
    </ul>
  );
}
