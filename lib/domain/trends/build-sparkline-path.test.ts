import { describe, expect, it } from "vitest";
import { buildSparklinePath } from "./build-sparkline-path";

describe("buildSparklinePath", () => {
  it.each([
    {
      name: "spreads values over the width, highest value at the top",
      values: [10, 20, 30],
      target: null,
      line: "3,25 44,14 85,3",
      targetY: null,
    },
    {
      name: "widens the scale to the target so its line stays in the box",
      values: [10, 20],
      target: 0,
      line: "3,14 85,3",
      targetY: 25,
    },
    {
      name: "draws a flat series in the middle",
      values: [5, 5, 5],
      target: 5,
      line: "3,14 44,14 85,14",
      targetY: 14,
    },
    { name: "centres a single value", values: [7], target: null, line: "44,14", targetY: null },
  ])("$name", ({ values, target, line, targetY }) => {
    expect(buildSparklinePath({ values, target, width: 88, height: 28 })).toEqual({ line, targetY });
  });
});
