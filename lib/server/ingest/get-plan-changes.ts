import "server-only";
import type { LanePlanChange } from "@/lib/views/plan-change-view";
import type { Db } from "@/lib/server/db-types";
import { BoundedLru } from "@/lib/server/ingest/bounded-lru";
import { planChangeCache } from "@/lib/server/ingest/plan-change-cache";
import { planTextHash } from "@/lib/server/ingest/plan-text-hash";

// Snapshots never change once stored, so each one's text hash is learnt once (≈ 150 bytes each).
const hashById = new BoundedLru<string>({
  maxEntries: 100_000,
  maxBytes: 16 * 1024 * 1024,
  sizeOf: (id, hash) => 2 * (id.length + hash.length) + 64,
});

/**
 * For every lane, the queries whose plan in the lane's latest release with plans differs from
 * the previous release's plan of the same query. The plans' texts are read only for snapshots
 * whose hash is not known yet; byte-identical pairs are "no change" without a parse, and other
 * pairs' changes come from a cache keyed by both texts' hashes. One read of the snapshots'
 * references when nothing new was pushed (with its lane and release relations), and at most two
 * reads of texts otherwise.
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
      capturedAt: true,
      release: { select: { versionLabel: true } },
      lane: { select: { slug: true, name: true } },
    },
  });
  const byLane = new Map<string, typeof snapshots>();
  for (const s of snapshots) {
    const list = byLane.get(s.laneId);
    if (list) list.push(s);
    else byLane.set(s.laneId, [s]);
  }
  // Each query of each lane's latest release with plans, paired with its previous plan.
  const lanes = [];
  for (const laneSnapshots of byLane.values()) {
    const latest = laneSnapshots.at(-1);
    if (!latest?.release) continue;
    const pairs = [];
    for (const s of laneSnapshots) {
      if (s.releaseId !== latest.releaseId) continue;
      const previous = laneSnapshots
        .filter((p) => p.queryName === s.queryName && p.releaseId !== s.releaseId && p.capturedAt < s.capturedAt)
        .at(-1);
      if (previous) pairs.push({ queryName: s.queryName, beforeId: previous.id, afterId: s.id });
    }
    lanes.push({ latest, pairs });
  }
  const allPairs = lanes.flatMap((l) => l.pairs);
  const texts = new Map<string, string>();
  const hashes = new Map<string, string>();
  for (const id of allPairs.flatMap((p) => [p.beforeId, p.afterId])) {
    const known = hashById.get(id);
    if (known !== undefined) hashes.set(id, known);
  }
  const readTexts = async (ids: string[]) => {
    const missing = [...new Set(ids)].filter((id) => !texts.has(id));
    if (missing.length === 0) return;
    const rows = await db.planSnapshot.findMany({
      where: { id: { in: missing } },
      select: { id: true, rawText: true },
    });
    for (const row of rows) {
      const hash = planTextHash(row.rawText);
      texts.set(row.id, row.rawText);
      hashes.set(row.id, hash);
      hashById.set(row.id, hash);
    }
  };
  await readTexts(allPairs.flatMap((p) => [p.beforeId, p.afterId]).filter((id) => !hashes.has(id)));
  const hashOf = (id: string) => hashes.get(id) ?? "";
  // Pairs never seen before need both texts to be diffed.
  await readTexts(
    allPairs
      .filter((p) => planChangeCache.peek(hashOf(p.beforeId), hashOf(p.afterId)) === undefined)
      .flatMap((p) => [p.beforeId, p.afterId]),
  );

  const changes: LanePlanChange[] = [];
  for (const { latest, pairs } of lanes) {
    const queries = [];
    for (const p of pairs) {
      const change = planChangeCache.get(
        { hash: hashOf(p.beforeId), rawText: texts.get(p.beforeId) ?? "" },
        { hash: hashOf(p.afterId), rawText: texts.get(p.afterId) ?? "" },
      );
      if (change.hasChanges) queries.push({ queryName: p.queryName, summary: change.summary.slice(0, 2) });
    }
    // A query pushed twice for the release counts once.
    const unique = [...new Map(queries.map((q) => [q.queryName, q])).values()];
    if (unique.length && latest.release)
      changes.push({
        slug: latest.lane.slug,
        name: latest.lane.name,
        releaseLabel: latest.release.versionLabel,
        queries: unique,
      });
  }
  return changes.sort((a, b) => a.name.localeCompare(b.name));
}
