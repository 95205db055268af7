import type { Verdict } from "../readiness/types";

export interface TimeToReady {
  firstDeployAt: Date | null;
  /** The first READY verdict at or after the first deployment; null while the lane never reached it. */
  readyAt: Date | null;
  /** Seconds from the first deployment to that READY verdict; null while not reached. */
  seconds: number | null;
}

/**
 * The lane's lead time to production readiness, in the spirit of the Four Keys' lead time for
 * changes: from its first deployment to the first READY verdict its readiness history records.
 */
export function computeTimeToReady({
  deployedAts,
  history,
}: {
  deployedAts: readonly (Date | null)[];
  history: readonly { at: Date; verdict: Verdict }[];
}): TimeToReady {
  const deployed = deployedAts.filter((d): d is Date => d !== null).map((d) => d.getTime());
  if (deployed.length === 0) return { firstDeployAt: null, readyAt: null, seconds: null };
  const first = Math.min(...deployed);
  const ready = history
    .filter((h) => h.verdict === "READY" && h.at.getTime() >= first)
    .map((h) => h.at.getTime())
    .sort((a, b) => a - b)[0];
  return {
    firstDeployAt: new Date(first),
    readyAt: ready === undefined ? null : new Date(ready),
    seconds: ready === undefined ? null : (ready - first) / 1000,
  };
}
