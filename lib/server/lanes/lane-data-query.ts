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
