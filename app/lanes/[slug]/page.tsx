import type { Metadata } from "next";
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
import { PlanReleaseForm } from "@/components/releases/plan-release-form";
import { Card } from "@/components/ui/card";
import { ManagePanel } from "@/components/lanes/manage-panel";
import { listActivePeople } from "@/lib/server/people/list-active-people";
import { toLaneView } from "@/lib/server/lanes/to-lane-view";
import { LaneTrends } from "@/components/lanes/lane-trends";
import { ReadinessTimeline } from "@/components/lanes/readiness-timeline";
import { describeReadinessHistory } from "@/lib/domain/trends/describe-readiness-change";
import { loadReadinessHistory } from "@/lib/server/lanes/get-lane-history";
import { TokensPanel } from "@/components/tokens/tokens-panel";
import { requireViewer, viewerCan } from "@/lib/server/auth/get-viewer";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

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

export default async function LanePage({ params }: Props) {
  const viewer = await requireViewer();
  const { slug } = await params;
  const now = new Date();
  const [{ row, data, evaluation }, people] = await Promise.all([load(slug, now), listActivePeople({ db: getDb() })]);
  const lane = toLaneView(row);
  const history = await loadReadinessHistory({ db: getDb(), laneIds: [lane.id] });
  const laneScope = { id: lane.id, ownerIds: lane.ownerIds };
  const releases = new Map(lane.releases.map((r) => [r.id, r]));
  return (
    <div className="space-y-5">
      <LaneHeader lane={lane} evaluation={evaluation} />
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

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          <Card id="verdict" title={`Why ${evaluation.verdict}`}>
            <ReasonList
              reasons={evaluation.reasons}
              emptyText="Every gate rule passes: this lane may expand its scope."
            />
            {evaluation.warnings.length ? (
              <div className="mt-4">
                <h3 className="mb-2 text-sm font-semibold text-slate-700">Warnings (do not block)</h3>
                <ReasonList reasons={evaluation.warnings} />
              </div>
            ) : null}
          </Card>

          {viewerCan(viewer, "lane.update", laneScope) ? (
            <ManagePanel lane={lane} evaluation={evaluation} people={people} />
          ) : null}

          <LaneTrends lane={data} evaluation={evaluation} history={history} now={now} />

          <Card id="history" title="Readiness history">
            <ReadinessTimeline entries={describeReadinessHistory({ history })} />
          </Card>

          <section aria-labelledby="releases-title" className="space-y-3">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <h2 id="releases-title" className="text-lg font-semibold">
                Releases
              </h2>
              {viewerCan(viewer, "release.write", laneScope) ? (
                <PlanReleaseForm slug={lane.slug} engineVersion={lane.engineVersion} />
              ) : null}
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
                    editable={viewerCan(viewer, "release.write", laneScope)}
                  />
                ) : null;
              })
            )}
          </section>
        </div>

        <div className="min-w-0 space-y-5">
          <Card id="flags" title="Anti-pattern flags">
            <FlagList flags={evaluation.flags} />
          </Card>
          <OwnersCard lane={lane} />
          <TargetsCard lane={lane} />
          <RollbackCard lane={lane} />
          <PlanSnapshotsCard lane={lane} />
          {viewerCan(viewer, "token.manage", laneScope) ? (
            <Card id="tokens" title="CI tokens">
              <TokensPanel laneSlug={lane.slug} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
