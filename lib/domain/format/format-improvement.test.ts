import { describe, expect, it } from "vitest";
import { formatImprovement } from "./format-improvement";

describe("formatImprovement", () => {
  it.each([
    ["latency down 30%", 700, 1000, "LOWER_IS_BETTER", 0.3, "30% better", "better"],
    ["latency up 12.5%", 1125, 1000, "LOWER_IS_BETTER", -0.125, "12.5% worse", "worse"],
    ["throughput up 20%", 120, 100, "HIGHER_IS_BETTER", 0.2, "20% better", "better"],
    ["throughput down 20%", 80, 100, "HIGHER_IS_BETTER", -0.2, "20% worse", "worse"],
    ["equal to baseline", 1000, 1000, "LOWER_IS_BETTER", 0, "no change", "same"],
    ["below a tenth of a percent", 999.9999, 1000, "LOWER_IS_BETTER", 0, "no change", "same"],
    ["rounded to one decimal", 2842.4, 3553, "LOWER_IS_BETTER", (3553 - 2842.4) / 3553, "20% better", "better"],
  ] as const)("%s", (_, value, baseline, direction, fraction, text, tone) => {
    const r = formatImprovement({ value, baseline, direction });
    expect(r.fraction).toBeCloseTo(fraction, 10);
    expect(r.text).toBe(text);
    expect(r.tone).toBe(tone);
  });

  it.each([
    ["no value", null, 1000],
    ["no baseline", 10, null],
    ["zero baseline (mismatching queries)", 3, 0],
  ] as const)("%s has no percentage", (_, value, baseline) => {
    expect(formatImprovement({ value, baseline, direction: "LOWER_IS_BETTER" })).toEqual({
      fraction: null,
      text: "—",
      tone: "none",
    });
  });
});
