import type { Release } from "../readiness/types";

export interface TrendRange {
  /** First day shown (UTC, inclusive); null = from the beginning. */
  from: Date | null;
  /** Last day shown (UTC, the whole day); null = up to now. */
  to: Date | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A range from the URL's `from` and `to` (YYYY-MM-DD); anything else is ignored, never an error. */
export function parseTrendRange({ from, to }: { from: string | null; to: string | null }): TrendRange {
  const day = (v: string | null, end: boolean) => {
    if (!v || !DAY.test(v)) return null;
    const d = new Date(`${v}T${end ? "23:59:59.999" : "00:00:00.000"}Z`);
    return Number.isNaN(d.getTime()) ? null : d;
  };
  return { from: day(from, false), to: day(to, true) };
}

const inRange = (at: Date, { from, to }: TrendRange) =>
  (from === null || at.getTime() >= from.getTime()) && (to === null || at.getTime() <= to.getTime());

/**
 * The trends of a date range: releases deployed in it (with their measurements, incidents and
 * regressions) and readiness changes recorded in it. Planned releases have no date and drop out.
 */
export function filterTrendRange<R extends Pick<Release, "deployedAt">, H extends { at: Date }>({
  releases,
  history,
  range,
}: {
  releases: readonly R[];
  history: readonly H[];
  range: TrendRange;
}): { releases: R[]; history: H[] } {
  if (range.from === null && range.to === null) return { releases: [...releases], history: [...history] };
  return {
    releases: releases.filter((r) => r.deployedAt !== null && inRange(r.deployedAt, range)),
    history: history.filter((h) => inRange(h.at, range)),
  };
}
