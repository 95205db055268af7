import { diffJson } from "@/lib/domain/audit/diff-json";

const show = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

/** Before and after of one audit event as a compact field diff. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffJson(before, after);
  if (changes.length === 0) return <span className="text-xs text-slate-400">no field changes</span>;
  return (
    <dl className="space-y-0.5 font-mono text-xs">
      {changes.map((c) => (
        <div key={c.key} className="flex flex-wrap gap-x-1">
          <dt className="font-semibold text-slate-700">{c.key}:</dt>
          <dd className="break-all">
            {c.kind !== "added" ? <del className="bg-red-50 text-red-800">{show(c.before).slice(0, 160)}</del> : null}
            {c.kind === "changed" ? <span aria-hidden> → </span> : null}
            {c.kind !== "removed" ? (
              <ins className="bg-emerald-50 text-emerald-800 no-underline">{show(c.after).slice(0, 160)}</ins>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
