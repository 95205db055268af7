import { formatInstant } from "@/lib/domain/format/format-instant";
import { describeFlagCode } from "@/lib/domain/readiness/describe-flag-code";
import { describeReasonCode } from "@/lib/domain/readiness/describe-reason-code";
import { FLAG_CODES, REASON_CODES, type FlagCode, type ReasonCode } from "@/lib/domain/readiness/types";
import type { ReadinessChangeDescription } from "@/lib/domain/trends/describe-readiness-change";
import { VerdictBadge } from "@/components/lanes/verdict-badge";

// History rows store codes as text: a code from an older gate version is shown as it was stored.
const isReasonCode = (code: string): code is ReasonCode => REASON_CODES.some((c) => c === code);
const isFlagCode = (code: string): code is FlagCode => FLAG_CODES.some((c) => c === code);
const reasonTitle = (code: string) => (isReasonCode(code) ? describeReasonCode(code) : code);
const flagTitle = (code: string) => (isFlagCode(code) ? describeFlagCode(code) : code);

function Changes({
  label,
  codes,
  title,
  tone,
}: {
  label: string;
  codes: string[];
  title: (c: string) => string;
  tone: string;
}) {
  if (codes.length === 0) return null;
  return (
    <li>
      <span className="font-medium">{label}:</span> <span className={tone}>{codes.map(title).join(", ")}</span>
    </li>
  );
}

/** "READY → HOLD on 12 Nov 2026, 14:03 UTC: P1 incident INC-2211 linked to release 2026.11.2", newest first. */
export function ReadinessTimeline({ entries }: { entries: ReadinessChangeDescription[] }) {
  if (entries.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No change has been recorded yet: every change of verdict, streak, reasons or flags will appear here with what
        caused it.
      </p>
    );
  }
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" aria-label="Readiness changes, newest first">
      {entries.map((e) => (
        <li key={e.id} className="timeline-entry relative" data-history-entry>
          <span
            aria-hidden
            className={`absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full ${e.verdictChanged ? "bg-indigo-600" : "bg-slate-300"}`}
          />
          <p className="text-sm">
            <span className="font-semibold">{e.headline}</span>{" "}
            <span className="text-slate-600">on {formatInstant(e.at)}</span>: {e.cause}
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <VerdictBadge verdict={e.verdict} />
            <span>streak {e.streak.to}</span>
          </div>
          <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
            <Changes label="Reasons added" codes={e.reasonsAdded} title={reasonTitle} tone="text-red-800" />
            <Changes label="Reasons cleared" codes={e.reasonsRemoved} title={reasonTitle} tone="text-emerald-800" />
            <Changes label="Flags raised" codes={e.flagsAdded} title={flagTitle} tone="text-violet-800" />
            <Changes label="Flags cleared" codes={e.flagsRemoved} title={flagTitle} tone="text-emerald-800" />
          </ul>
        </li>
      ))}
    </ol>
  );
}
