import "server-only";
import { compareRuns } from "@/lib/domain/benchmarks/compare-runs";
import { diffExplains } from "@/lib/domain/plans/diff-explains";
import { findOperatorRegressions } from "@/lib/domain/plans/find-operator-regressions";
import { pickMainPlan } from "@/lib/domain/plans/pick-main-plan";
import { summariseDiff } from "@/lib/domain/plans/summarise-diff";
import { ZParseProblems } from "@/lib/schemas/ingest-responses";
import type { ReleaseEvidenceView } from "@/lib/views/release-evidence-view";
import type { Db } from "@/lib/server/db-types";
import { findLatencyKpi } from "@/lib/server/ingest/find-latency-kpi";
import { parseSnapshotCached } from "@/lib/server/ingest/parse-snapshot-cached";
import { toBenchmarkRun } from "@/lib/server/ingest/to-benchmark-run";
import { toMeasurementInterval } from "@/lib/server/ingest/to-measurement-interval";

/**
 * What a pipeline pushed for one release: its latest candidate benchmark run compared with the
 * baseline in force when it was pushed, and its plan snapshots, each diffed with the previous
 * release's plan of the same query. Four queries whatever the number of plans.
 */
export async function getReleaseEvidence({
  db,
  laneId,
  releaseId,
  now,
}: {
  db: Db;
  laneId: string;
  releaseId: string;
  now: Date;
}): Promise<ReleaseEvidenceView> {
  const candidate = await db.benchmarkRun.findFirst({
    where: { releaseId, role: "CANDIDATE" },
    orderBy: { createdAt: "desc" },
    include: {
      measurements: { select: { id: true, kpiKey: true, value: true, ciLow: true, ciHigh: true, confidence: true } },
    },
  });
  const baseline = candidate
    ? await db.benchmarkRun.findFirst({
        where: { laneId, role: "BASELINE", createdAt: { lte: candidate.createdAt } },
        orderBy: { createdAt: "desc" },
      })
    : null;
  const kpi = candidate ? await findLatencyKpi(db, laneId, now) : null;
  const benchmark =
    candidate && baseline
      ? {
          candidate: {
            id: candidate.id,
            label: candidate.label,
            format: candidate.format,
            createdAt: candidate.createdAt,
            engineVersion: candidate.engineVersion,
          },
          baseline: {
            id: baseline.id,
            label: baseline.label,
            createdAt: baseline.createdAt,
            engineVersion: baseline.engineVersion,
          },
          comparison: compareRuns({ baseline: toBenchmarkRun(baseline), candidate: toBenchmarkRun(candidate) }),
          measurement: candidate.measurements[0]
            ? {
                id: candidate.measurements[0].id,
                kpiKey: candidate.measurements[0].kpiKey,
                value: Number(candidate.measurements[0].value),
                interval: toMeasurementInterval(candidate.measurements[0]),
              }
            : null,
          kpi,
        }
      : null;

  const snapshots = await db.planSnapshot.findMany({
    where: { laneId, releaseId: { not: null } },
    orderBy: { capturedAt: "asc" },
    select: {
      id: true,
      queryName: true,
      releaseId: true,
      rawText: true,
      format: true,
      problems: true,
      capturedAt: true,
      release: { select: { versionLabel: true } },
    },
  });
  const plans = snapshots
    .filter((s) => s.releaseId === releaseId)
    .map((s) => {
      const previous = snapshots
        .filter((p) => p.queryName === s.queryName && p.releaseId !== releaseId && p.capturedAt < s.capturedAt)
        .at(-1);
      // A byte-identical re-push is "no change" without parsing or diffing.
      const parsedBefore = previous && previous.rawText !== s.rawText ? parseSnapshotCached(previous) : null;
      const parsedAfter = parseSnapshotCached(s);
      const diff = parsedBefore ? diffExplains(parsedBefore, parsedAfter) : null;
      const rootBefore = parsedBefore ? pickMainPlan(parsedBefore)?.root : null;
      const rootAfter = pickMainPlan(parsedAfter)?.root;
      // Only ANALYZE plans carry metrics; for others this is empty.
      const operators =
        diff?.plan && rootBefore && rootAfter
          ? findOperatorRegressions({ diff: diff.plan, before: rootBefore, after: rootAfter })
          : [];
      return {
        id: s.id,
        queryName: s.queryName,
        capturedAt: s.capturedAt,
        format: s.format ?? parseSnapshotCached(s).format,
        problems: ZParseProblems.catch([]).parse(s.problems),
        previousRelease: previous?.release?.versionLabel ?? null,
        changed: diff?.plan?.hasChanges ?? false,
        // Ranked: index and structural changes first (docs/plan-formats.md, "Diff order").
        summary: diff?.plan?.hasChanges ? [...diff.notes, ...summariseDiff(diff.plan, { includeMetrics: false })] : [],
        operators,
      };
    });
  return { benchmark, plans };
}
