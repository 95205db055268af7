import type { ReleaseStatus } from "../readiness/types";

export interface ChangeFailureRate {
  /** Closed releases that were not stable. */
  unstable: number;
  /** Closed releases (stable or unstable); planned and in-progress ones are not judged yet. */
  closed: number;
  /** unstable ÷ closed, 0..1; null while no release has closed. */
  rate: number | null;
}

/** The Four Keys' change failure rate over releases the gate has judged: unstable ÷ closed. */
export function computeChangeFailureRate({ statuses }: { statuses: readonly ReleaseStatus[] }): ChangeFailureRate {
  const unstable = statuses.filter((s) => s === "UNSTABLE").length;
  const closed = unstable + statuses.filter((s) => s === "STABLE").length;
  return { unstable, closed, rate: closed === 0 ? null : unstable / closed };
}
