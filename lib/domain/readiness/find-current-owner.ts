import type { OwnerAssignment, OwnerRole } from "./types";

/**
 * The role's current assignment (endedAt null). Should the data hold more than one, the most
 * recently assigned is the accountable owner.
 */
export function findCurrentOwner({
  assignments,
  role,
}: {
  assignments: readonly OwnerAssignment[];
  role: OwnerRole;
}): OwnerAssignment | null {
  let current: OwnerAssignment | null = null;
  for (const assignment of assignments) {
    if (assignment.role !== role || assignment.endedAt !== null) continue;
    if (current === null || assignment.assignedAt.getTime() >= current.assignedAt.getTime()) current = assignment;
  }
  return current;
}
