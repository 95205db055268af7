import Link from "next/link";
import type { TInbox } from "@/lib/schemas/inbox";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { Badge } from "@/components/ui/badge";
import { VerdictBadge } from "@/components/lanes/verdict-badge";
import { MarkSeenButton } from "@/components/inbox/mark-seen-button";

/** The inbox's changes, unseen ones marked, with "mark all seen" up to the newest one shown. */
export function InboxList({ inbox }: { inbox: TInbox }) {
  if (inbox.following.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
        You follow no lane yet. Open a lane from{" "}
        <Link href="/" className="text-indigo-700 hover:underline">
          Readiness
        </Link>{" "}
        and press Follow: its verdict changes will show up here.
      </p>
    );
  const newest = inbox.items[0]?.at;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-slate-600" data-testid="inbox-summary">
          <strong className="font-semibold text-slate-900">{inbox.unseen}</strong> unseen · following{" "}
          {inbox.following.map((l, i) => (
            <span key={l.slug}>
              {i > 0 ? ", " : null}
              <Link href={`/lanes/${l.slug}`} className="text-indigo-700 hover:underline">
                {l.name}
              </Link>
            </span>
          ))}
        </p>
        {inbox.unseen > 0 && newest ? <MarkSeenButton until={newest} /> : null}
      </div>
      {inbox.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
          Nothing has changed on these lanes yet.
        </p>
      ) : (
        <ol aria-label="Readiness changes" className="space-y-2">
          {inbox.items.map((item) => (
            <li
              key={item.id}
              data-unseen={item.unseen || undefined}
              className={`rounded-lg border bg-white p-3 shadow-sm ${item.unseen ? "border-indigo-300 ring-1 ring-indigo-200" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {item.unseen ? <Badge tone="indigo">New</Badge> : null}
                <VerdictBadge verdict={item.verdict} />
                <Link href={`/lanes/${item.lane.slug}`} className="font-medium text-slate-900 hover:underline">
                  {item.lane.name}
                </Link>
                <span className="text-slate-700">{item.headline}</span>
                <time dateTime={item.at} className="ml-auto text-xs text-slate-500">
                  {formatInstant(new Date(item.at))}
                </time>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                <span className="text-slate-500">Cause: </span>
                {item.cause}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
