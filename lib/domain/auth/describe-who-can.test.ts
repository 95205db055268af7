import { describe, expect, it } from "vitest";
import { describeWhoCan } from "./describe-who-can";

describe("describeWhoCan", () => {
  it.each<[string, Parameters<typeof describeWhoCan>[0], string]>([
    [
      "lead-only action",
      { who: "lead", action: "approve or refuse scope expansion", ownerNames: ["Priya Shah"] },
      "Only a platform lead can approve or refuse scope expansion.",
    ],
    [
      "owners named",
      { who: "lead-or-owners", action: "assign owners", ownerNames: ["Priya Shah", "Tomás Rivera"] },
      "Only a platform lead or this lane's owners (Priya Shah, Tomás Rivera) can assign owners.",
    ],
    [
      "owners unknown (the API's refusal)",
      { who: "lead-or-owners", action: "record releases" },
      "Only a platform lead or this lane's planner or executor owner can record releases.",
    ],
    [
      "a lane without owners",
      { who: "lead-or-owners", action: "record releases", ownerNames: [] },
      "Only a platform lead can record releases here: this lane has no owner yet (a platform lead assigns them).",
    ],
  ])("%s", (_name, input, expected) => {
    expect(describeWhoCan(input)).toBe(expected);
    expect(describeWhoCan(input)).not.toContain("ask one of");
  });
});
