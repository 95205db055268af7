import "server-only";
import { ZParseProblems } from "@/lib/schemas/ingest-responses";
import { diffExplains } from "@/lib/domain/plans/diff-explains";
import { findOperatorRegressions } from "@/lib/domain/plans/find-operator-regressions";
import { pickMainPlan } from "@/lib/domain/plans/pick-main-plan";
import type { TPlanDiffQuery } from "@/lib/schemas/ingest";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { parseSnapshotCached } from "@/lib/server/ingest/parse-snapshot-cached";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";

const snapshotSelect = {
  id: true,
  rawText: true,
  format: true,
  problems: true,
  capturedAt: true,
  release: { select: { versionLabel: true } },
} as const;

/**
 * The plan diff of one named query between two releases: `release` is the after side, `against`
 * the before side (default: the latest plan of this query captured earlier for another release).
 */
export async function getPlanDiff({ db, slug, query }: { db: Db; slug: string; query: TPlanDiffQuery }) {
  const lane = await getLaneIdOrThrow({ db, slug });
  const release = await findReleaseOrThrow({ db, lane, label: query.release, pointer: "/query/release" });
  const after = await db.planSnapshot.findFirst({
    where: { laneId: lane.id, releaseId: release.id, queryName: query.query },
    orderBy: { capturedAt: "desc" },
    select: snapshotSelect,
  });
  if (!after) throw noPlan(`Release ${release.versionLabel} has no plan for query ${query.query}.`, "/query/query");
  let before;
  if (query.against) {
    const against = await findReleaseOrThrow({ db, lane, label: query.against, pointer: "/query/against" });
    before = await db.planSnapshot.findFirst({
      where: { laneId: lane.id, releaseId: against.id, queryName: query.query },
      orderBy: { capturedAt: "desc" },
      select: snapshotSelect,
    });
    if (!before)
      throw noPlan(`Release ${against.versionLabel} has no plan for query ${query.query}.`, "/query/against");
  } else {
    before = await db.planSnapshot.findFirst({
      where: {
        laneId: lane.id,
        queryName: query.query,
        releaseId: { not: null },
        NOT: { releaseId: release.id },
        capturedAt: { lt: after.capturedAt },
      },
      orderBy: { capturedAt: "desc" },
      select: snapshotSelect,
    });
    if (!before)
      throw noPlan(
        `No release before ${release.versionLabel} has a plan for query ${query.query} to compare with.`,
        "/query/against",
      );
  }
  const parsedBefore = parseSnapshotCached(before);
  const parsedAfter = parseSnapshotCached(after);
  const side = (s: typeof after, parsed: typeof parsedAfter) => ({
    snapshotId: s.id,
    releaseLabel: s.release?.versionLabel ?? null,
    capturedAt: s.capturedAt,
    format: s.format ?? parsed.format,
    problems: ZParseProblems.catch([]).parse(s.problems),
    plan: pickMainPlan(parsed),
  });
  const diff = diffExplains(parsedBefore, parsedAfter);
  const rootBefore = pickMainPlan(parsedBefore)?.root;
  const rootAfter = pickMainPlan(parsedAfter)?.root;
  return {
    query: query.query,
    before: side(before, parsedBefore),
    after: side(after, parsedAfter),
    diff,
    operators:
      diff.plan && rootBefore && rootAfter
        ? findOperatorRegressions({ diff: diff.plan, before: rootBefore, after: rootAfter })
        : [],
  };
}

export type PlanDiffResult = Awaited<ReturnType<typeof getPlanDiff>>;

const noPlan = (message: string, pointer: string) =>
  new AppError("PLAN_NOT_FOUND", message, {
    fix: "Push the plan with POST /api/v1/lanes/{slug}/plans (lanegate plans push).",
    params: [{ pointer, message }],
  });
