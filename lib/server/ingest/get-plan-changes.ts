import "server-only";
import type { LanePlanChange } from "@/lib/views/plan-change-view";
import type { Db } from "@/lib/server/db-types";
import { findLanePlanChange } from "@/lib/server/ingest/find-lane-plan-change";

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
    const lane = laneSnapshots[0]?.lane;
    const change = lane ? findLanePlanChange({ lane, snapshots: laneSnapshots }) : null;
    if (change) changes.push(change);
  }
  return changes.sort((a, b) => a.name.localeCompare(b.name));
}
