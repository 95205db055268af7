import Link from "next/link";
import { formatInstant } from "@/lib/domain/format/format-instant";
import type { AuditEventView } from "@/lib/views/audit-view";
import { AuditDiff } from "@/components/audit/audit-diff";

/**
 * The trail as a list of sentences, newest first: who did what, when, on which lane; the field
 * diff and the raw JSON one click away. One column of cards reads the same at 390 px and 1280 px.
 */
export function AuditEventList({ events }: { events: readonly AuditEventView[] }) {
  return (
    <ol aria-label="Audit events" className="space-y-2">
      {events.map((e) => (
        <li
          key={e.id}
          data-audit-event={e.id}
          className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
        >
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <p className="min-w-0 flex-1 text-slate-900">{e.sentence}</p>
            <time dateTime={e.at} className="whitespace-nowrap text-xs text-slate-500">
              {formatInstant(new Date(e.at))}
            </time>
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
            <code className="rounded bg-slate-100 px-1 py-0.5 text-slate-700">{e.action}</code>
            <span>{e.actorType === "USER" ? "person" : e.actorType === "TOKEN" ? "API token" : "system"}</span>
            {e.lane?.slug ? (
              <Link href={`/lanes/${e.lane.slug}`} className="text-indigo-700 hover:underline">
                {e.lane.name}
              </Link>
            ) : e.lane ? (
              <span>{e.lane.name}</span>
            ) : null}
            <span>{e.entityType}</span>
          </div>
          <details className="mt-2">
            <summary className="cursor-pointer select-none text-xs font-medium text-indigo-700">
              What changed (before → after)
            </summary>
            <div className="mt-2 space-y-2 overflow-x-auto">
              <AuditDiff before={e.before} after={e.after} />
              <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs text-slate-700">
                {JSON.stringify({ entityId: e.entityId, before: e.before, after: e.after }, null, 2)}
              </pre>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
