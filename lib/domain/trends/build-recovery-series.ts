import { isRecoverySlow } from "../readiness/is-recovery-slow";
import { recoveryMinutes, recoverySeconds } from "../readiness/recovery-seconds";
import type { Release } from "../readiness/types";

export interface RecoverySeriesRow {
  regressionId: string;
  /** "2026.11.2 #1": release and regression number within it, short enough for an axis. */
  label: string;
  release: string;
  summary: string;
  detectedAt: Date;
  /** Minutes from detection to recovery; null while not recovered. */
  minutes: number | null;
  overLimit: boolean;
  recoveredByRollback: boolean;
}

/**
 * Every regression of the lane's deployed releases, oldest detection first, with its recovery
 * time against the lane's recovery limit. An unrecovered regression is over the limit once
 * `now` has passed detection plus the limit, the same way the gate sees it.
 */
export function buildRecoverySeries({
  releases,
  recoveryLimitSeconds,
  now,
}: {
  releases: readonly Release[];
  recoveryLimitSeconds: number;
  now: Date;
}): { limitMinutes: number; rows: RecoverySeriesRow[] } {
  const rows = releases
    .filter((r) => r.deployedAt !== null)
    .flatMap((r) =>
      r.regressions.map((g, i) => {
        const elapsed = recoverySeconds({ detectedAt: g.detectedAt, recoveredAt: g.recoveredAt ?? now });
        return {
          regressionId: g.id,
          label: r.regressions.length > 1 ? `${r.versionLabel} #${i + 1}` : r.versionLabel,
          release: r.versionLabel,
          summary: g.summary,
          detectedAt: g.detectedAt,
          minutes: recoveryMinutes(g),
          overLimit: isRecoverySlow({ seconds: elapsed, limitSeconds: recoveryLimitSeconds }),
          recoveredByRollback: g.recoveredByRollback,
        };
      }),
    )
    .sort((a, b) => a.detectedAt.getTime() - b.detectedAt.getTime());
  return { limitMinutes: recoveryLimitSeconds / 60, rows };
}
