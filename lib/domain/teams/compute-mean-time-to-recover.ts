import type { Incident } from "../readiness/types";

export interface MeanTimeToRecover {
  /** Mean seconds from opened to resolved over resolved incidents; null when none is resolved. */
  meanSeconds: number | null;
  resolved: number;
  /** Incidents still open: they have no recovery time yet and are counted apart. */
  open: number;
}

/** The Four Keys' time to restore service, over a team's incidents (opened → resolved). */
export function computeMeanTimeToRecover({ incidents }: { incidents: readonly Incident[] }): MeanTimeToRecover {
  const durations = incidents.flatMap((i) =>
    i.resolvedAt ? [Math.max(0, (i.resolvedAt.getTime() - i.openedAt.getTime()) / 1000)] : [],
  );
  return {
    meanSeconds: durations.length === 0 ? null : durations.reduce((a, b) => a + b, 0) / durations.length,
    resolved: durations.length,
    open: incidents.length - durations.length,
  };
}
