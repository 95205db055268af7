import "server-only";
import { parseExplain } from "@/lib/domain/plans/parse-explain";
import type { ParsedExplain } from "@/lib/domain/plans/plan-types";

const cache = new Map<string, ParsedExplain>();
const MAX_ENTRIES = 500;

/** Snapshots never change once stored, so their parse is cached by id (bounded, oldest out first). */
export function parseSnapshotCached(snapshot: { id: string; rawText: string }): ParsedExplain {
  const hit = cache.get(snapshot.id);
  if (hit) return hit;
  const parsed = parseExplain(snapshot.rawText);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(snapshot.id, parsed);
  return parsed;
}
