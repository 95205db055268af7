import { describe, expect, it } from "vitest";
import { SEVERITIES } from "./constants";
import { isPrioritySeverity } from "./is-priority-severity";

describe("isPrioritySeverity", () => {
  it.each([
    ["P1", true],
    ["P2", true],
    ["P3", false],
    ["P4", false],
  ] as const)("%s -> %s", (severity, expected) => {
    expect(isPrioritySeverity(severity)).toBe(expected);
  });

  it("knows every severity", () => {
    expect(SEVERITIES).toEqual(["P1", "P2", "P3", "P4"]);
  });
});
