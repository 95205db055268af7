import type { TargetsAction } from "@/lib/domain/lanes/choose-targets-action";
import type { Incident, KpiTarget, Measurement, OwnerRole, Regression, Stage } from "@/lib/domain/readiness/types";

// What the lane and release pages show of a lane, as plain data: components receive these, never
// database rows (lib/server/lanes/to-lane-view.ts maps them).

export interface AssignmentView {
  id: string;
  role: OwnerRole;
  userId: string;
  userName: string;
  assignedByName: string | null;
  assignedAt: Date;
  endedAt: Date | null;
  reason: string;
}

export interface TargetVersionView {
  id: string;
  version: number;
  revision: number;
  status: "APPROVED" | "PENDING_APPROVAL" | "REJECTED";
  reason: string | null;
  effectiveFrom: Date | null;
  frozenAt: Date | null;
  approvedByName: string | null;
  targets: (KpiTarget & { id: string })[];
}

export interface ReleaseView {
  id: string;
  versionLabel: string;
  engineVersion: string;
  notes: string | null;
  version: number;
  deployedAt: Date | null;
  observationEndsAt: Date | null;
  rolledBackAt: Date | null;
  rollbackReason: string | null;
  /** `version` on evidence rows is what an edit sends back (optimistic concurrency). */
  measurements: (Measurement & { invalidationReason: string | null; version: number })[];
  incidents: (Incident & { version: number })[];
  regressions: (Regression & { planChange: string | null; version: number })[];
}

export interface LaneView {
  id: string;
  slug: string;
  name: string;
  workload: string;
  owningTeam: string;
  /** The owning team's slug (its page is /teams/{team}). */
  team: string;
  engineVersion: string;
  stage: Stage;
  version: number;
  requiredStableReleases: number;
  recoveryLimitSeconds: number;
  drillMaxAgeDays: number;
  /** The stage a paused lane resumes to; null when not paused. */
  pausedFrom: Stage | null;
  /** The current planner and executor owners' user ids (the scope of owner permissions). */
  ownerIds: string[];
  assignments: AssignmentView[];
  targetVersions: TargetVersionView[];
  targetsAction: TargetsAction;
  rollbackDesign: { runbookUrl: string | null; rollbackTarget: string | null; version: number } | null;
  drills: { id: string; performedAt: Date; recoverySeconds: number; notes: string | null }[];
  planSnapshots: { id: string; queryName: string; capturedAt: Date; releaseLabel: string | null }[];
  /** Newest deployment first; planned releases first of all. */
  releases: ReleaseView[];
}
