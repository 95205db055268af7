import { describe, expect, it } from "vitest";
import { computeBackoffMs } from "./compute-backoff";

describe("computeBackoffMs", () => {
  it("doubles from 30 s per failed attempt, capped at 4 h", () => {
    expect([1, 2, 3, 4].map((attempts) => computeBackoffMs({ attempts, random: 0.5 }))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(computeBackoffMs({ attempts: 20, random: 0.5 })).toBe(4 * 3_600_000);
  });

  it("jitters by ±20%", () => {
    expect(computeBackoffMs({ attempts: 1, random: 0 })).toBe(24_000);
    expect(computeBackoffMs({ attempts: 1, random: 0.999999 })).toBeCloseTo(36_000, -1);
  });
});
