import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Everything the readiness gate reads about a lane. Prisma resolves each relation with one
 * query over all parent ids, so loading N lanes costs the same number of queries as loading one.
 */
export const laneDataInclude = {
  team: { select: { slug: true, name: true } },
  assignments: {
    orderBy: { assignedAt: "asc" },
    include: {
      user: { select: { id: true, name: true, email: true } },
      assignedBy: { select: { id: true, name: true } },
    },
  },
  targetVersions: {
    orderBy: { version: "asc" },
    include: {
      targets: { orderBy: { position: "asc" } },
      proposedBy: { select: { id: true, name: true } },
      approvedBy: { select: { id: true, name: true } },
    },
  },
  releases: {
    orderBy: [{ deployedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: {
      measurements: { orderBy: { takenAt: "asc" } },
      incidents: { orderBy: { openedAt: "asc" } },
      regressions: { orderBy: { detectedAt: "asc" } },
      planSnapshots: { select: { id: true, queryName: true, capturedAt: true }, orderBy: { queryName: "asc" } },
    },
  },
  rollbackDesign: true,
  drills: { orderBy: { performedAt: "desc" } },
  planSnapshots: {
    select: { id: true, queryName: true, capturedAt: true, releaseId: true },
    orderBy: { capturedAt: "asc" },
  },
  stageChanges: { orderBy: { at: "asc" }, include: { changedBy: { select: { id: true, name: true } } } },
} satisfies Prisma.LaneInclude;

export type LaneRow = Prisma.LaneGetPayload<{ include: typeof laneDataInclude }>;

/**
 * The narrow version of laneDataInclude for the write path and the scheduler: only the columns the
 * gate, the stored readiness row and its history comparison read (no workload text, no proposer or
 * assigner, no plan text), plus the lane's stored readiness and its last history entry. Loaded with
 * relationLoadStrategy "join", a lane is one SQL statement.
 */
export const laneGateSelect = {
  id: true,
  slug: true,
  name: true,
  stage: true,
  leftProposedAt: true,
  requiredStableReleases: true,
  recoveryLimitSeconds: true,
  drillMaxAgeDays: true,
  assignments: {
    orderBy: { assignedAt: "asc" },
    select: { role: true, assignedAt: true, endedAt: true, user: { select: { id: true, name: true } } },
  },
  targetVersions: {
    where: { status: "APPROVED", effectiveFrom: { not: null } },
    orderBy: { version: "asc" },
    select: { version: true, status: true, effectiveFrom: true, targets: { orderBy: { position: "asc" } } },
  },
  releases: {
    orderBy: [{ deployedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      versionLabel: true,
      engineVersion: true,
      deployedAt: true,
      observationEndsAt: true,
      rolledBackAt: true,
      measurements: { orderBy: { takenAt: "asc" } },
      incidents: { orderBy: { openedAt: "asc" } },
      regressions: { orderBy: { detectedAt: "asc" } },
    },
  },
  rollbackDesign: { select: { runbookUrl: true, rollbackTarget: true } },
  drills: { orderBy: { performedAt: "desc" }, select: { performedAt: true, recoverySeconds: true } },
  planSnapshots: {
    select: { id: true, queryName: true, capturedAt: true, releaseId: true },
    orderBy: { capturedAt: "asc" },
  },
  stageChanges: {
    where: { overrideKind: { not: null } },
    orderBy: { at: "asc" },
    select: { overrideKind: true, at: true, reason: true, changedBy: { select: { id: true, name: true } } },
  },
  readinessRow: { select: { evaluatedAt: true, nextDueAt: true, planSignature: true, planChanges: true } },
  readiness: {
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 1,
    select: { verdict: true, streak: true, reasonCodes: true, flagCodes: true },
  },
} satisfies Prisma.LaneSelect;

export type LaneGateRow = Prisma.LaneGetPayload<{ select: typeof laneGateSelect }>;
