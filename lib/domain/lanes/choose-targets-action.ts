import type { KpiTarget } from "../readiness/types";

export interface StoredTargetVersion {
  version: number;
  /** Bumped by every change of the stored version (optimistic concurrency for edits and reviews). */
  revision: number;
  status: "APPROVED" | "PENDING_APPROVAL" | "REJECTED";
  reason: string | null;
  frozenAt: Date | null;
  effectiveFrom: Date | null;
  targets: KpiTarget[];
}

/** What a lane's owner can do with its KPI targets now. */
export type TargetsAction =
  | { kind: "review"; version: number; revision: number; reason: string | null }
  | { kind: "define" }
  | { kind: "edit"; revision: number; targets: KpiTarget[] }
  | { kind: "propose"; version: number; targets: KpiTarget[] };

/**
 * A proposed version waits for review first. Without an approved version the targets are defined
 * (version 1). Version 1 can be edited until a deployment freezes it (frozenAt, or a release
 * deployed since it came into force); after that, changes are proposed as a new version.
 */
export function chooseTargetsAction({
  versions,
  deployments,
}: {
  /** Oldest first. */
  versions: readonly StoredTargetVersion[];
  deployments: readonly Date[];
}): TargetsAction {
  const pending = versions.find((v) => v.status === "PENDING_APPROVAL");
  if (pending) return { kind: "review", version: pending.version, revision: pending.revision, reason: pending.reason };
  const approved = versions.findLast((v) => v.status === "APPROVED");
  if (!approved) return { kind: "define" };
  const { effectiveFrom } = approved;
  const frozen =
    approved.frozenAt !== null ||
    (effectiveFrom !== null && deployments.some((d) => d.getTime() >= effectiveFrom.getTime()));
  if (approved.version === 1 && !frozen)
    return { kind: "edit", revision: approved.revision, targets: approved.targets };
  return { kind: "propose", version: (versions.at(-1)?.version ?? 0) + 1, targets: approved.targets };
}
