import { describe, expect, it } from "vitest";
import { formatNumber } from "./format-number";
import { formatQuantity } from "./format-quantity";

describe("formatNumber", () => {
  it.each([
    [1480, "1,480"],
    [0, "0"],
    [0.1234, "0.123"],
    [-2.5, "-2.5"],
    [1234567.891, "1,234,567.891"],
  ])("%d -> %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe("formatQuantity", () => {
  it.each([
    [1480, "ms", "1,480 ms"],
    [12, "%", "12%"],
    [3, "", "3"],
    [0, "queries", "0 queries"],
  ])("%d %s -> %s", (value, unit, expected) => {
    expect(formatQuantity({ value, unit })).toBe(expected);
  });
});
