import "server-only";
import { parseExplain } from "@/lib/domain/plans/parse-explain";
import type { ParsedExplain } from "@/lib/domain/plans/plan-types";
import { BoundedLru } from "@/lib/server/ingest/bounded-lru";
import { planTextHash } from "@/lib/server/ingest/plan-text-hash";

/**
 * A parsed plan takes about this many bytes of heap per character of EXPLAIN text (measured on
 * the DataFusion fixtures: operator objects, property maps and each line's text kept twice).
 */
export const PARSED_BYTES_PER_CHAR = 12;

// 48 MiB of parsed plans: several thousand typical snapshots, well inside the server's 400 MB.
const cache = new BoundedLru<ParsedExplain>({
  maxEntries: 5_000,
  maxBytes: 48 * 1024 * 1024,
  sizeOf: (key, parsed) => key.length * 2 + parsedBytes(parsed),
});

function parsedBytes(parsed: ParsedExplain): number {
  return parsed.sections.reduce((n, s) => n + s.text.length, 0) * PARSED_BYTES_PER_CHAR + 1024;
}

/**
 * Plans never change once stored, and many releases re-push byte-identical text: parses are
 * cached by the text's SHA-256, so identical snapshots share one parse (LRU, bounded in bytes).
 */
export function parseSnapshotCached(snapshot: { rawText: string; textHash?: string }): ParsedExplain {
  const key = snapshot.textHash ?? planTextHash(snapshot.rawText);
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = parseExplain(snapshot.rawText);
  cache.set(key, parsed);
  return parsed;
}
