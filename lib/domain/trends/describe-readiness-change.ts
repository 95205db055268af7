import type { ReadinessChangeEntry } from "./history-types";

export interface ReadinessChangeDescription {
  id: string;
  at: Date;
  /** "READY → HOLD", "HOLD, streak 0 → 1" or "First evaluation: HOLD". */
  headline: string;
  verdict: ReadinessChangeEntry["verdict"];
  verdictChanged: boolean;
  cause: string;
  streak: { from: number | null; to: number };
  reasonsAdded: string[];
  reasonsRemoved: string[];
  flagsAdded: string[];
  flagsRemoved: string[];
}

const minus = (a: readonly string[], b: readonly string[]) => a.filter((code) => !b.includes(code));

/**
 * A lane's readiness history as timeline entries, newest first: each row compared with the one
 * before it, so the timeline says what changed and which event caused it.
 */
export function describeReadinessHistory({
  history,
}: {
  history: readonly ReadinessChangeEntry[];
}): ReadinessChangeDescription[] {
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  return ordered
    .map((row, i) => {
      const prev = i > 0 ? ordered[i - 1] : undefined;
      const verdictChanged = !!prev && prev.verdict !== row.verdict;
      const streakPart = prev && prev.streak !== row.streak ? `streak ${prev.streak} → ${row.streak}` : null;
      const headline = !prev
        ? `First evaluation: ${row.verdict}`
        : verdictChanged
          ? `${prev.verdict} → ${row.verdict}${streakPart ? `, ${streakPart}` : ""}`
          : `${row.verdict}${streakPart ? `, ${streakPart}` : ", reasons changed"}`;
      return {
        id: row.id,
        at: row.at,
        headline,
        verdict: row.verdict,
        verdictChanged,
        cause: row.cause,
        streak: { from: prev ? prev.streak : null, to: row.streak },
        reasonsAdded: minus(row.reasonCodes, prev?.reasonCodes ?? []),
        reasonsRemoved: prev ? minus(prev.reasonCodes, row.reasonCodes) : [],
        flagsAdded: minus(row.flagCodes, prev?.flagCodes ?? []),
        flagsRemoved: prev ? minus(prev.flagCodes, row.flagCodes) : [],
      };
    })
    .reverse();
}
