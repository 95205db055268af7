import "server-only";
import { diffExplains } from "@/lib/domain/plans/diff-explains";
import { BoundedLru } from "@/lib/server/ingest/bounded-lru";
import { parseSnapshotCached } from "@/lib/server/ingest/parse-snapshot-cached";
import { planTextHash } from "@/lib/server/ingest/plan-text-hash";

/** What the readiness page shows of one query's plan change between two releases. */
export interface PlanChangeSummary {
  hasChanges: boolean;
  /** diffExplains' summary lines, most important first. */
  summary: string[];
}

export interface HashedPlanText {
  /** SHA-256 of rawText (planTextHash). */
  hash: string;
  rawText: string;
}

const NO_CHANGE: PlanChangeSummary = Object.freeze({ hasChanges: false, summary: [] }) as PlanChangeSummary;

/**
 * Plan changes cached by the pair of texts' hashes. Byte-identical texts are "no change" without
 * parsing or diffing (most releases re-push the same plans); any other pair is diffed once and
 * kept in a bounded LRU, so a page load only diffs pairs it has never seen.
 */
export function createPlanChangeCache({
  diff,
  maxEntries,
  maxBytes,
}: {
  diff: (before: HashedPlanText, after: HashedPlanText) => PlanChangeSummary;
  maxEntries: number;
  maxBytes: number;
}) {
  const cache = new BoundedLru<PlanChangeSummary>({
    maxEntries,
    maxBytes,
    sizeOf: (key, value) => 2 * (key.length + value.summary.reduce((n, line) => n + line.length, 0)) + 128,
  });
  const keyOf = (beforeHash: string, afterHash: string) => `${beforeHash}:${afterHash}`;
  /** The change between two texts known by their hashes, or undefined when it must be computed. */
  const peek = (beforeHash: string, afterHash: string): PlanChangeSummary | undefined =>
    beforeHash === afterHash ? NO_CHANGE : cache.get(keyOf(beforeHash, afterHash));
  const get = (before: HashedPlanText, after: HashedPlanText): PlanChangeSummary => {
    const known = peek(before.hash, after.hash);
    if (known) return known;
    const computed = diff(before, after);
    cache.set(keyOf(before.hash, after.hash), computed);
    return computed;
  };
  return { peek, get };
}

/** The server's one plan-change cache: 8 MiB of summaries, about 40,000 pairs of plans. */
export const planChangeCache = createPlanChangeCache({
  maxEntries: 40_000,
  maxBytes: 8 * 1024 * 1024,
  diff: (before, after) => {
    const result = diffExplains(
      parseSnapshotCached({ rawText: before.rawText, textHash: before.hash }),
      parseSnapshotCached({ rawText: after.rawText, textHash: after.hash }),
    );
    return { hasChanges: result.plan?.hasChanges ?? false, summary: result.summary };
  },
});

/** The change between two snapshots' texts, through planChangeCache (hashes computed here). */
export function planChangeBetween(before: { rawText: string }, after: { rawText: string }): PlanChangeSummary {
  return planChangeCache.get(
    { hash: planTextHash(before.rawText), rawText: before.rawText },
    { hash: planTextHash(after.rawText), rawText: after.rawText },
  );
}
