import "server-only";
import { diffExplains } from "@/lib/domain/plans/diff-explains";
import type { LanePlanChange } from "@/lib/views/plan-change-view";
import type { Db } from "@/lib/server/db-types";
import { parseSnapshotCached } from "@/lib/server/ingest/parse-snapshot-cached";

/**
 * For every lane, the queries whose plan in the lane's latest release with plans differs from
 * the previous release's plan of the same query. One query for all lanes; parses are cached by
 * snapshot id, so a page load diffs in memory only what changed since the last one.
 */
export async function getPlanChanges({ db }: { db: Db }): Promise<LanePlanChange[]> {
  const snapshots = await db.planSnapshot.findMany({
    where: { releaseId: { not: null } },
    orderBy: { capturedAt: "asc" },
    select: {
      id: true,
      laneId: true,
      releaseId: true,
      queryName: true,
      rawText: true,
      capturedAt: true,
      release: { select: { versionLabel: true } },
      lane: { select: { slug: true, name: true } },
    },
  });
  const byLane = new Map<string, typeof snapshots>();
  for (const s of snapshots) byLane.set(s.laneId, [...(byLane.get(s.laneId) ?? []), s]);
  const changes: LanePlanChange[] = [];
  for (const laneSnapshots of byLane.values()) {
    const latest = laneSnapshots.at(-1);
    if (!latest?.release) continue;
    const queries = [];
    for (const s of laneSnapshots.filter((x) => x.releaseId === latest.releaseId)) {
      const previous = laneSnapshots
        .filter((p) => p.queryName === s.queryName && p.releaseId !== s.releaseId && p.capturedAt < s.capturedAt)
        .at(-1);
      if (!previous) continue;
      const diff = diffExplains(parseSnapshotCached(previous), parseSnapshotCached(s));
      if (diff.plan?.hasChanges) queries.push({ queryName: s.queryName, summary: diff.summary.slice(0, 2) });
    }
    // A query pushed twice for the release counts once.
    const unique = [...new Map(queries.map((q) => [q.queryName, q])).values()];
    if (unique.length)
      changes.push({
        slug: latest.lane.slug,
        name: latest.lane.name,
        releaseLabel: latest.release.versionLabel,
        queries: unique,
      });
  }
  return changes.sort((a, b) => a.name.localeCompare(b.name));
}
