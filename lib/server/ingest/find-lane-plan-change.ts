import "server-only";
import type { LanePlanChange } from "@/lib/views/plan-change-view";
import { planChangeBetween } from "@/lib/server/ingest/plan-change-cache";

export interface ReleasePlanSnapshot {
  id: string;
  releaseId: string | null;
  queryName: string;
  rawText: string;
  capturedAt: Date;
  release: { versionLabel: string } | null;
}

/**
 * One lane's queries whose plan in its latest release with plans differs from the previous release's
 * plan of the same query; null when none does. `snapshots` are the lane's release-linked snapshots,
 * oldest capture first. Shared by the plan-changes list and the stored readiness row.
 */
export function findLanePlanChange({
  lane,
  snapshots,
}: {
  lane: { slug: string; name: string };
  snapshots: readonly ReleasePlanSnapshot[];
}): LanePlanChange | null {
  const latest = snapshots.at(-1);
  if (!latest?.release) return null;
  const queries = [];
  for (const s of snapshots.filter((x) => x.releaseId === latest.releaseId)) {
    const previous = snapshots
      .filter((p) => p.queryName === s.queryName && p.releaseId !== s.releaseId && p.capturedAt < s.capturedAt)
      .at(-1);
    if (!previous) continue;
    // Cached by the pair of texts' hashes; byte-identical texts are "no change" without a parse.
    const change = planChangeBetween(previous, s);
    if (change.hasChanges) queries.push({ queryName: s.queryName, summary: change.summary.slice(0, 2) });
  }
  // A query pushed twice for the release counts once.
  const unique = [...new Map(queries.map((q) => [q.queryName, q])).values()];
  return unique.length
    ? { slug: lane.slug, name: lane.name, releaseLabel: latest.release.versionLabel, queries: unique }
    : null;
}
