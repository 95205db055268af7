import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";
import { toLaneView } from "@/lib/server/lanes/to-lane-view";
import { ZSlug } from "@/lib/schemas/params";
import { getReleaseEvidence } from "@/lib/server/ingest/get-release-evidence";
import { ReleaseDetail } from "@/components/releases/release-detail";
import { VerdictBadge } from "@/components/lanes/verdict-badge";
import { Badge } from "@/components/ui/badge";
import { BenchmarkComparison } from "@/components/releases/benchmark-comparison";
import { ReleasePlansCard } from "@/components/releases/release-plans-card";
import { requireViewer, viewerMay } from "@/lib/server/auth/get-viewer";
import { toDeployForesightViews } from "@/lib/server/releases/to-deploy-foresight-view";
import { AddPlansForm } from "@/components/releases/add-plans-form";
import { Card } from "@/components/ui/card";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; label: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, label } = await params;
  return { title: `${decodeURIComponent(label)} · ${slug}` };
}

export default async function ReleasePage({ params }: Props) {
  const viewer = await requireViewer();
  const { slug, label: rawLabel } = await params;
  const label = decodeURIComponent(rawLabel);
  if (!ZSlug.safeParse(slug).success) notFound();
  const detail = await getLaneDetail({ db: getDb(), slug, now: new Date() }).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const { evaluation } = detail;
  const lane = toLaneView(detail.row);
  // The release's id or its version label both address it.
  const release = lane.releases.find((r) => r.versionLabel === label || r.id === label);
  const releaseEvaluation = release ? evaluation.releases.find((e) => e.releaseId === release.id) : undefined;
  if (!release || !releaseEvaluation) notFound();
  const now = new Date();
  const evidence = await getReleaseEvidence({ db: getDb(), laneId: lane.id, releaseId: release.id, now });
  const changedPlans = evidence.plans.filter((p) => p.changed).length;
  const ownerNames = [...new Set(lane.assignments.filter((a) => a.endedAt === null).map((a) => a.userName))];
  const scope = { id: lane.id, ownerIds: lane.ownerIds, ownerNames };
  const mayWrite = viewerMay(viewer, "release.write", scope);
  const mayIngest = viewerMay(viewer, "ingest.write", scope);
  const foresight = toDeployForesightViews({ lane: detail.data, now }).get(release.id) ?? null;

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/" className="hover:underline">
          Readiness
        </Link>{" "}
        <span aria-hidden>/</span>{" "}
        <Link href={`/lanes/${lane.slug}`} className="hover:underline">
          {lane.name}
        </Link>{" "}
        <span aria-hidden>/</span> {release.versionLabel}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Release {release.versionLabel}</h1>
        <span className="text-sm text-slate-600">
          lane verdict <VerdictBadge verdict={evaluation.verdict} /> · streak {evaluation.streak}/
          {evaluation.requiredStreak}
        </span>
        {changedPlans ? (
          <a href="#release-plans">
            <Badge tone="violet">
              {changedPlans === 1 ? "1 query plan changed" : `${changedPlans} query plans changed`}
            </Badge>
          </a>
        ) : null}
      </div>
      <ReleaseDetail
        laneSlug={lane.slug}
        release={release}
        evaluation={releaseEvaluation}
        recoveryLimitSeconds={lane.recoveryLimitSeconds}
        showAllMeasurements
        editable={mayWrite.ok}
        foresight={foresight}
      />
      {mayWrite.ok ? null : (
        <p className="text-sm text-slate-600" data-refusal>
          {mayWrite.why}
        </p>
      )}
      {evidence.benchmark ? (
        <BenchmarkComparison benchmark={evidence.benchmark} plans={evidence.plans} kpis={releaseEvaluation.kpis} />
      ) : null}
      <ReleasePlansCard laneSlug={lane.slug} releaseLabel={release.versionLabel} plans={evidence.plans} />
      <Card id="plans-upload" title="Add query plans">
        {mayIngest.ok ? (
          <AddPlansForm slug={lane.slug} releaseLabel={release.versionLabel} />
        ) : (
          <p className="text-sm text-slate-600" data-refusal>
            {mayIngest.why}
          </p>
        )}
        <p className="mt-3 text-xs text-slate-500">
          From a pipeline instead:{" "}
          <code className="break-all">
            npx lanegate plans push --lane {lane.slug} --release {release.versionLabel} plans/*.txt
          </code>{" "}
          (
          <a href={`/lanes/${lane.slug}#pipeline`} className="text-indigo-700 underline">
            tokens and CLI
          </a>
          ).
        </p>
      </Card>
    </div>
  );
}
