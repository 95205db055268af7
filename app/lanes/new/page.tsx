import type { Metadata } from "next";
import Link from "next/link";
import { DEFAULT_KPI_TARGETS, DEFAULT_POLICY } from "@/lib/domain/readiness/constants";
import { NewLaneForm } from "@/components/lanes/lane-form";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/server/auth/get-viewer";

export const metadata: Metadata = { title: "New lane" };

export default async function NewLanePage() {
  await requireViewer("lane.create");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/" className="hover:underline">
          Readiness
        </Link>{" "}
        <span aria-hidden>/</span> New lane
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">New lane</h1>
      <p className="text-sm text-slate-600">
        A lane starts as Proposed. The default KPI policy is filled in: replace the latency baseline with the
        warehouse&apos;s number before the first deployment.
      </p>
      <Card>
        <NewLaneForm
          initial={{ name: "", workload: "", team: "", engineVersion: "", ...DEFAULT_POLICY }}
          defaultTargets={DEFAULT_KPI_TARGETS}
        />
      </Card>
    </div>
  );
}
