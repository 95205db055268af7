import { describe, expect, it } from "vitest";
import { wouldLoseOwnership } from "./would-lose-ownership";

const me = "u-me";
describe("wouldLoseOwnership", () => {
  it.each<[string, Parameters<typeof wouldLoseOwnership>[0], boolean]>([
    [
      "handing away my only role",
      {
        viewerId: me,
        viewerIsLead: false,
        currentOwners: { PLANNER: me, EXECUTOR: "u-b" },
        role: "PLANNER",
        assigneeId: "u-c",
      },
      true,
    ],
    [
      "handing away one of my two roles",
      {
        viewerId: me,
        viewerIsLead: false,
        currentOwners: { PLANNER: me, EXECUTOR: me },
        role: "EXECUTOR",
        assigneeId: "u-c",
      },
      false,
    ],
    [
      "handing away the second role after the first (no role left)",
      {
        viewerId: me,
        viewerIsLead: false,
        currentOwners: { PLANNER: "u-c", EXECUTOR: me },
        role: "EXECUTOR",
        assigneeId: "u-c",
      },
      true,
    ],
    [
      "a lead keeps every right",
      { viewerId: me, viewerIsLead: true, currentOwners: { PLANNER: me }, role: "PLANNER", assigneeId: "u-c" },
      false,
    ],
    [
      "reassigning a role I do not hold",
      {
        viewerId: me,
        viewerIsLead: false,
        currentOwners: { PLANNER: me, EXECUTOR: "u-b" },
        role: "EXECUTOR",
        assigneeId: "u-c",
      },
      false,
    ],
    [
      "re-assigning myself",
      { viewerId: me, viewerIsLead: false, currentOwners: { PLANNER: me }, role: "PLANNER", assigneeId: me },
      false,
    ],
    [
      "nobody picked yet",
      { viewerId: me, viewerIsLead: false, currentOwners: { PLANNER: me }, role: "PLANNER", assigneeId: "" },
      false,
    ],
  ])("%s", (_name, input, expected) => {
    expect(wouldLoseOwnership(input)).toBe(expected);
  });
});
