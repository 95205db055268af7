import type { OwnerAssignment, OwnerRole } from "./types";

/** The role's assignment that was running at `at`: assigned at or before it, not yet ended. */
export function findOwnerAt({
  assignments,
  role,
  at,
}: {
  assignments: readonly OwnerAssignment[];
  role: OwnerRole;
  at: Date;
}): OwnerAssignment | null {
  const time = at.getTime();
  let owner: OwnerAssignment | null = null;
  for (const assignment of assignments) {
    if (assignment.role !== role) continue;
    if (!(assignment.assignedAt.getTime() <= time)) continue;
    // An assignment that ended exactly at `at` was handed over at that instant, so it no longer counts.
    if (assignment.endedAt !== null && !(assignment.endedAt.getTime() > time)) continue;
    if (owner === null || assignment.assignedAt.getTime() >= owner.assignedAt.getTime()) owner = assignment;
  }
  return owner;
}
