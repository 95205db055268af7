import type { Verdict } from "../readiness/types";
import type { ReadinessChangeEntry } from "./history-types";

export interface VerdictDay {
  /** "2026-11-12" (UTC). */
  day: string;
  READY: number;
  HOLD: number;
  STOP: number;
}

const DAY_MS = 86_400_000;
const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Lanes by verdict at the end of each UTC day, from the first recorded change (at most `maxDays`
 * back) to `now`. A lane counts from its first history row on; its verdict on a day is its last
 * change at or before that day's end.
 */
export function buildVerdictSeries({
  history,
  now,
  maxDays = 60,
}: {
  history: readonly Pick<ReadinessChangeEntry, "laneId" | "at" | "verdict">[];
  now: Date;
  maxDays?: number;
}): VerdictDay[] {
  if (history.length === 0) return [];
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const first = Math.floor((ordered[0]?.at.getTime() ?? today) / DAY_MS) * DAY_MS;
  const start = Math.max(first, today - (maxDays - 1) * DAY_MS);
  const current = new Map<string, Verdict>();
  const days: VerdictDay[] = [];
  let i = 0;
  for (let day = start; day <= today; day += DAY_MS) {
    const end = day + DAY_MS;
    while (i < ordered.length && (ordered[i]?.at.getTime() ?? Infinity) < end) {
      const row = ordered[i];
      if (row) current.set(row.laneId, row.verdict);
      i += 1;
    }
    const counts: VerdictDay = { day: dayKey(day), READY: 0, HOLD: 0, STOP: 0 };
    for (const verdict of current.values()) counts[verdict] += 1;
    days.push(counts);
  }
  return days;
}
