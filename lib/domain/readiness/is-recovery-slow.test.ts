import { describe, expect, it } from "vitest";
import { isRecoverySlow } from "./is-recovery-slow";
import { recoveryMinutes, recoverySeconds } from "./recovery-seconds";

const at = (iso: string) => new Date(`2026-11-20T${iso}Z`);

describe("recoverySeconds", () => {
  it.each([
    ["recovered after 5 min 40 s", at("10:00:00"), at("10:05:40"), 340],
    ["recovered the same instant", at("10:00:00"), at("10:00:00"), 0],
    ["recovered after half a second", at("10:00:00.000"), at("10:00:00.500"), 0.5],
    ["not recovered", at("10:00:00"), null, null],
  ] as const)("%s", (_name, detectedAt, recoveredAt, expected) => {
    expect(recoverySeconds({ detectedAt, recoveredAt })).toBe(expected);
  });
});

describe("isRecoverySlow", () => {
  it.each([
    ["under the limit", 899, false],
    ["exactly the limit passes", 900, false],
    ["a second over", 901, true],
    ["a fraction over", 900.001, true],
    ["not recovered", null, true],
  ] as const)("%s", (_name, seconds, slow) => {
    expect(isRecoverySlow({ seconds, limitSeconds: 900 })).toBe(slow);
  });
});

describe("recoveryMinutes", () => {
  it("rounds to a tenth of a minute, and is null while not recovered", () => {
    expect(recoveryMinutes({ detectedAt: at("10:00:00"), recoveredAt: at("10:05:40") })).toBe(5.7);
    expect(recoveryMinutes({ detectedAt: at("10:00:00"), recoveredAt: null })).toBeNull();
  });
});
