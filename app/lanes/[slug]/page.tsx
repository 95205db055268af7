import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLaneDetail, type LaneDetail } from "@/lib/server/lanes/get-lane-detail";
import { ZSlug } from "@/lib/schemas/params";
import { LaneHeader } from "@/components/lanes/lane-header";
import { FlagList, ReasonList } from "@/components/lanes/reason-list";
import { OwnersCard } from "@/components/lanes/owners-card";
import { TargetsCard } from "@/components/lanes/targets-card";
import { RollbackCard } from "@/components/lanes/rollback-card";
import { PlanSnapshotsCard } from "@/components/lanes/plan-snapshots-card";
import { ReleaseDetail } from "@/components/releases/release-detail";
import { PlanReleaseForm } from "@/components/releases/release-forms";
import { Card } from "@/components/ui/card";
import { ManagePanel, type LaneAllowances } from "@/components/lanes/manage-panel";
import { listActivePeople } from "@/lib/server/people/list-active-people";
import { toLaneView } from "@/lib/server/lanes/to-lane-view";
import { LaneTrends } from "@/components/lanes/lane-trends";
import { ReadinessTimeline } from "@/components/lanes/readiness-timeline";
import { describeReadinessHistory } from "@/lib/domain/trends/describe-readiness-change";
import { loadReadinessHistory } from "@/lib/server/lanes/get-lane-history";
import { LazyTokensPanel } from "@/components/tokens/lazy-tokens-panel";
import { requireViewer, viewerMay } from "@/lib/server/auth/get-viewer";
import { PipelineCard } from "@/components/lanes/pipeline-card";
import { toDeployForesightViews } from "@/lib/server/releases/to-deploy-foresight-view";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(slug: string, now: Date): Promise<LaneDetail> {
  if (!ZSlug.safeParse(slug).success) notFound();
  try {
    return await getLaneDetail({ db: getDb(), slug, now });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: slug };
}

const SECTIONS = [
  ["lane-overview", "Overview"],
  ["lane-releases", "Releases"],
  ["lane-evidence", "Evidence"],
  ["lane-accountability", "Accountability"],
  ["lane-rollback", "Rollback"],
  ["lane-history", "History"],
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    // A plain block, not a region: the cards inside are the landmarks ("Accountability" would be named twice).
    <div id={id} className="scroll-mt-16 space-y-3">
      <h2 className="border-b border-slate-200 pb-1 text-lg font-semibold">{title}</h2>
      {children}
    </div>
  );
}

export default async function LanePage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const { slug } = await params;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const v of typeof value === "string" ? [value] : (value ?? [])) search.append(key, v);
  const now = new Date();
  const [{ row, data, evaluation }, people] = await Promise.all([load(slug, now), listActivePeople({ db: getDb() })]);
  const lane = toLaneView(row);
  const history = await loadReadinessHistory({ db: getDb(), laneIds: [lane.id] });
  const ownerNames = [...new Set(lane.assignments.filter((a) => a.endedAt === null).map((a) => a.userName))];
  const laneScope = { id: lane.id, ownerIds: lane.ownerIds, ownerNames };
  const releases = new Map(lane.releases.map((r) => [r.id, r]));
  const foresight = toDeployForesightViews({ lane: data, now });
  const mayWriteReleases = viewerMay(viewer, "release.write", laneScope);
  const mayManageTokens = viewerMay(viewer, "token.manage", laneScope);
  const may: LaneAllowances = {
    update: viewerMay(viewer, "lane.update", laneScope),
    assign: viewerMay(viewer, "owner.assign", laneScope),
    defineTargets: viewerMay(viewer, "targets.define", laneScope),
    approveTargets: viewerMay(viewer, "targets.approve", laneScope),
    rollback: viewerMay(viewer, "rollback.write", laneScope),
    decide: viewerMay(viewer, "decision.record", laneScope),
    override: viewerMay(viewer, "lane.override", laneScope),
  };
  const fixLinks = {
    laneSlug: lane.slug,
    releaseLabels: new Map(lane.releases.map((r) => [r.id, r.versionLabel])),
    newestRelease: evaluation.releases[0]?.versionLabel ?? null,
  };
  return (
    <div className="space-y-6">
      <LaneHeader lane={lane} evaluation={evaluation} />
      <nav
        aria-label="Lane sections"
        className="no-print sticky top-0 z-10 -mx-4 overflow-x-auto border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur"
      >
        <ul className="flex gap-1 text-sm">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                className="block whitespace-nowrap rounded-md px-2.5 py-1 font-medium text-slate-700 hover:bg-white hover:text-indigo-700"
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="lane-overview" title="Overview">
        <div className="grid gap-5 lg:grid-cols-3">
          <div className="min-w-0 space-y-5 lg:col-span-2">
            <Card id="verdict" title={`Why ${evaluation.verdict}`}>
              <ReasonList
                reasons={evaluation.reasons}
                emptyText="Every gate rule passes: this lane may expand its scope."
                fixLinks={fixLinks}
              />
              {evaluation.warnings.length ? (
                <div className="mt-4">
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">Warnings (do not block)</h3>
                  <ReasonList reasons={evaluation.warnings} fixLinks={fixLinks} />
                </div>
              ) : null}
            </Card>
            <Card id="flags" title="Anti-pattern flags">
              <FlagList flags={evaluation.flags} />
            </Card>
          </div>
          <div className="min-w-0 space-y-5">
            {may.update.ok ? (
              <ManagePanel
                lane={lane}
                evaluation={evaluation}
                people={people}
                may={may}
                viewer={{ id: viewer.userId, isLead: viewer.role === "PLATFORM_LEAD" }}
                now={now.toISOString()}
              />
            ) : (
              <Card id="manage" title="Manage">
                <p className="text-sm text-slate-600" data-refusal>
                  {may.update.why}
                </p>
              </Card>
            )}
          </div>
        </div>
      </Section>

      <Section id="lane-releases" title="Releases">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <p className="text-sm text-slate-600">
            Newest first. {evaluation.streak}/{evaluation.requiredStreak} consecutive stable releases.
          </p>
          {mayWriteReleases.ok ? (
            <PlanReleaseForm slug={lane.slug} engineVersion={lane.engineVersion} />
          ) : (
            <p className="text-xs text-slate-500" data-refusal>
              {mayWriteReleases.why}
            </p>
          )}
        </div>
        {evaluation.releases.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
            No release has been planned for this lane yet.
          </p>
        ) : (
          evaluation.releases.map((e) => {
            const release = releases.get(e.releaseId);
            return release ? (
              <ReleaseDetail
                key={e.releaseId}
                laneSlug={lane.slug}
                release={release}
                evaluation={e}
                recoveryLimitSeconds={lane.recoveryLimitSeconds}
                editable={mayWriteReleases.ok}
                foresight={foresight.get(e.releaseId) ?? null}
              />
            ) : null;
          })
        )}
      </Section>

      <Section id="lane-evidence" title="Evidence">
        <div className="grid gap-5 lg:grid-cols-3">
          <div className="min-w-0 lg:col-span-2">
            <LaneTrends lane={data} evaluation={evaluation} history={history} now={now} params={search} />
          </div>
          <div className="min-w-0 space-y-5">
            <TargetsCard lane={lane} />
            <PlanSnapshotsCard lane={lane} />
            <PipelineCard
              laneSlug={lane.slug}
              tokens={mayManageTokens.ok ? <LazyTokensPanel laneSlug={lane.slug} /> : null}
              refusal={mayManageTokens.ok ? null : mayManageTokens.why}
            />
          </div>
        </div>
      </Section>

      <Section id="lane-accountability" title="Accountability">
        <OwnersCard lane={lane} />
      </Section>

      <Section id="lane-rollback" title="Rollback">
        <RollbackCard lane={lane} />
      </Section>

      <Section id="lane-history" title="History">
        <Card id="history" title="Readiness history">
          <ReadinessTimeline entries={describeReadinessHistory({ history })} />
        </Card>
        <p className="no-print flex flex-wrap gap-x-3 text-sm text-slate-600">
          <span>Download this lane&apos;s full history:</span>
          <a
            href={`/api/v1/lanes/${lane.slug}/export.csv`}
            className="font-medium text-indigo-700 hover:underline"
            download
          >
            CSV (spreadsheet)
          </a>
          <a
            href={`/api/v1/lanes/${lane.slug}/export.json`}
            className="font-medium text-indigo-700 hover:underline"
            download
          >
            JSON
          </a>
        </p>
      </Section>
    </div>
  );
}
