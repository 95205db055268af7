import type { Metadata } from "next";
import { getDb } from "@/lib/server/db";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { DecisionsTable } from "@/components/decisions/decisions-table";
import { requireViewer } from "@/lib/server/auth/get-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Decisions" };

export default async function DecisionsPage() {
  await requireViewer();
  const decisions = await listDecisions({ db: getDb() });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Decisions</h1>
      <p className="text-sm text-slate-600">
        Every answer to &ldquo;expand this lane&apos;s scope now?&rdquo;, with the verdict it was taken on. A decision
        whose evidence was later invalidated needs review.
      </p>
      <DecisionsTable decisions={decisions} />
    </div>
  );
}
