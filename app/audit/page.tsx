import type { Metadata } from "next";
import Link from "next/link";
import { ZAuditQuery } from "@/lib/schemas/audit";
import { getDb } from "@/lib/server/db";
import { listAuditEvents, type AuditPage } from "@/lib/server/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/server/audit/list-audit-filter-options";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilters } from "@/components/audit/audit-filters";
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
  const [page, options]: [AuditPage, Awaited<ReturnType<typeof listAuditFilterOptions>>] = await Promise.all([
    parsed.success
      ? listAuditEvents({ db: getDb(), query: parsed.data })
      : Promise.resolve({ events: [], nextCursor: null }),
    listAuditFilterOptions({ db: getDb() }),
  ]);
  const next = page.nextCursor
    ? `/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => !!e[1])), cursor: page.nextCursor })}`
    : null;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Audit</h1>
      <p className="text-sm text-slate-600">
        Every change, newest first. Events are append-only: the database refuses to update or delete them.
      </p>
      <AuditFilters values={raw} errors={errors} options={options} />
      {page.events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
          {parsed.success ? "No audit event matches these filters." : "Fix the highlighted filters."}
        </p>
      ) : (
        <AuditEventList events={page.events} />
      )}
      {next ? (
        <Link href={next} className="inline-block text-sm text-indigo-700 hover:underline">
          Older events →
        </Link>
      ) : null}
    </div>
  );
}
