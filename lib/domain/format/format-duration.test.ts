import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [45, "45 s"],
    [900, "15 min"],
    [901, "15 min 1 s"],
    [3600, "1 h"],
    [7530, "2 h 5 min"],
    [-30, "-30 s"],
    [Number.NaN, "an unknown duration"],
  ])("%d s -> %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
