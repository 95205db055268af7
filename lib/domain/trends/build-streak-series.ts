import type { Verdict } from "../readiness/types";
import type { ReadinessChangeEntry } from "./history-types";

export interface StreakPoint {
  at: Date;
  streak: number;
  verdict: Verdict;
  cause: string;
}

/**
 * The stable streak over time from a lane's readiness history, oldest first. Only rows where the
 * streak changed become points (plus the first), so the step line has one step per change.
 */
export function buildStreakSeries({ history }: { history: readonly ReadinessChangeEntry[] }): StreakPoint[] {
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const points: StreakPoint[] = [];
  for (const row of ordered) {
    const last = points.at(-1);
    if (last && last.streak === row.streak) continue;
    points.push({ at: row.at, streak: row.streak, verdict: row.verdict, cause: row.cause });
  }
  return points;
}
