import { formatInstant } from "../../../format/format-instant";
import { findCurrentOwner } from "../../find-current-owner";
import { findOwnerAt } from "../../find-owner-at";
import type { OwnerRole } from "../../types";
import type { FlagRule } from "../rule-types";

const ROLES: readonly { role: OwnerRole; name: string }[] = [
  { role: "PLANNER", name: "planner" },
  { role: "EXECUTOR", name: "executor" },
];

/**
 * Owners must be named by the time a lane leaves PROPOSED and stay named. One flag per lane
 * whatever the number of roles lacking, so the UI shows one badge per code.
 */
export const noExplicitOwnershipRule: FlagRule = {
  code: "NO_EXPLICIT_OWNERSHIP",
  evaluate: ({ lane }) => {
    const leftAt = lane.leftProposedAt;
    if (lane.stage === "PROPOSED" || leftAt === null) return [];
    const gaps = ROLES.flatMap(({ role, name }) => {
      const then = findOwnerAt({ assignments: lane.assignments, role, at: leftAt }) !== null;
      const now = findCurrentOwner({ assignments: lane.assignments, role }) !== null;
      if (then && now) return [];
      if (!then && !now) return [`no ${name} owner then or now`];
      return [then ? `no ${name} owner now` : `no ${name} owner at that time`];
    });
    if (gaps.length === 0) return [];
    return [
      {
        code: "NO_EXPLICIT_OWNERSHIP",
        message: `Lane ${lane.name} left PROPOSED on ${formatInstant(leftAt)} without explicit ownership: ${gaps.join("; ")}.`,
      },
    ];
  },
};
