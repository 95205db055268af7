import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import { findCurrentOwner } from "../../find-current-owner";
import type { OwnerAssignment, OwnerRole, ReasonCode } from "../../types";
import type { GateRule } from "../rule-types";

function findLastEnded(assignments: readonly OwnerAssignment[], role: OwnerRole): OwnerAssignment | null {
  let last: OwnerAssignment | null = null;
  for (const assignment of assignments) {
    if (assignment.role !== role || assignment.endedAt === null) continue;
    if (last?.endedAt == null || assignment.endedAt.getTime() >= last.endedAt.getTime()) last = assignment;
  }
  return last;
}

/** The planner and executor rules differ only in role and duties, so one builder makes both. */
export function buildOwnerMissingRule({
  code,
  role,
  duties,
}: {
  code: ReasonCode;
  role: OwnerRole;
  duties: string;
}): GateRule {
  const roleName = role === "PLANNER" ? "planner" : "executor";
  return {
    code,
    evaluate: ({ lane }) => {
      if (findCurrentOwner({ assignments: lane.assignments, role }) !== null) return [];
      const last = findLastEnded(lane.assignments, role);
      const message =
        last?.endedAt != null
          ? `Lane ${lane.name} has no accountable ${roleName} owner: ${last.person.name}'s assignment ended on ${formatInstant(last.endedAt)}.`
          : `Lane ${lane.name} has never had an accountable ${roleName} owner.`;
      return [
        buildReason({
          code,
          message,
          fix: `The lane owner assigns one ${roleName} owner, accountable for ${duties}.`,
        }),
      ];
    },
  };
}
