import { describe, expect, it } from "vitest";
import { checkStageTransition } from "./check-stage-transition";
import type { Stage } from "../readiness/types";

const cases: [Stage, Stage, Stage | null, boolean][] = [
  ["PROPOSED", "SHADOW", null, true],
  ["SHADOW", "CANARY", null, true],
  ["CANARY", "PRODUCTION", null, true],
  ["PRODUCTION", "EXPANDED", null, true],
  ["PROPOSED", "CANARY", null, false],
  ["SHADOW", "EXPANDED", null, false],
  ["PRODUCTION", "CANARY", null, true],
  ["CANARY", "PROPOSED", null, false],
  ["CANARY", "CANARY", null, false],
  ["CANARY", "PAUSED", null, true],
  ["PAUSED", "CANARY", "CANARY", true],
  ["PAUSED", "PRODUCTION", "CANARY", false],
  ["PAUSED", "RETIRED", "CANARY", true],
  ["EXPANDED", "RETIRED", null, true],
  ["RETIRED", "SHADOW", null, false],
  ["RETIRED", "PAUSED", null, false],
];

describe("checkStageTransition", () => {
  it.each(cases)("%s -> %s (paused from %s) allowed: %s", (from, to, pausedFrom, ok) => {
    const result = checkStageTransition({ from, to, pausedFrom });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.fix.length).toBeGreaterThan(5);
  });
});
