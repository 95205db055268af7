import type { Metadata } from "next";
import Link from "next/link";
import { ZAuditQuery } from "@/lib/schemas/audit";
import { getDb } from "@/lib/server/db";
import { listAuditEvents, type AuditPage } from "@/lib/server/audit/list-audit-events";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { AuditDiff } from "@/components/audit/audit-diff";
import { AuditFilters } from "@/components/audit/audit-filters";
import { Badge } from "@/components/ui/badge";
import { requireViewer } from "@/lib/server/auth/get-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditRoute({ searchParams }: Props) {
  await requireViewer();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZAuditQuery.safeParse(raw);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const page: AuditPage = parsed.success
    ? await listAuditEvents({ db: getDb(), query: parsed.data })
    : { events: [], nextCursor: null };
  const next = page.nextCursor
    ? `/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => !!e[1])), cursor: page.nextCursor })}`
    : null;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Audit</h1>
      <p className="text-sm text-slate-600">
        Every change, newest first. Events are append-only: the database refuses to update or delete them.
      </p>
      <AuditFilters values={raw} errors={errors} />
      {page.events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
          {parsed.success ? "No audit event matches these filters." : "Fix the highlighted filters."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  When
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Actor
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Action
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Entity
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Lane
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Before → after
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.events.map((e) => (
                <tr key={e.id} data-audit-event={e.id} className="align-top">
                  <td className="whitespace-nowrap px-3 py-2">{formatInstant(new Date(e.at))}</td>
                  <td className="px-3 py-2">
                    {e.actorLabel}
                    <span className="block text-xs text-slate-500">{e.actorType.toLowerCase()}</span>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone="indigo">{e.action}</Badge>
                  </td>
                  <td className="px-3 py-2">
                    {e.entityType}
                    <span className="block max-w-[10rem] truncate font-mono text-xs text-slate-500" title={e.entityId}>
                      {e.entityId}
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    {e.lane?.slug ? (
                      <Link href={`/lanes/${e.lane.slug}`} className="text-indigo-700 hover:underline">
                        {e.lane.name}
                      </Link>
                    ) : e.lane ? (
                      e.lane.name
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="max-w-xl px-3 py-2">
                    <AuditDiff before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next ? (
        <Link href={next} className="inline-block text-sm text-indigo-700 hover:underline">
          Older events →
        </Link>
      ) : null}
    </div>
  );
}
