import type { ReasonCode, ReleaseEvaluation, ReleaseStatus } from "@/lib/domain/readiness/types";

/** One release as the readiness API lists it: its status and the codes of its failing rules. */
export interface ReleaseSummary {
  id: string;
  versionLabel: string;
  status: ReleaseStatus;
  targetVersion: number | null;
  reasons: ReasonCode[];
}

/** The readiness API's release list, in the evaluation's order (newest deployment first): stored and live alike. */
export function summarizeReleases(releases: readonly ReleaseEvaluation[]): ReleaseSummary[] {
  return releases.map((r) => ({
    id: r.releaseId,
    versionLabel: r.versionLabel,
    status: r.status,
    targetVersion: r.targetVersion,
    reasons: r.reasons.map((reason) => reason.code),
  }));
}
