import { describe, expect, it } from "vitest";
import { fractionToPercentText, parseNumberInput, parsePercentInput } from "./parse-number-input";

describe("parseNumberInput", () => {
  it.each<[string, number | undefined]>([
    ["3900", 3900],
    ["3,900", 3900],
    ["3,900 ms", 3900],
    ["3900ms", 3900],
    ["1,234,567.25", 1234567.25],
    ["  12.5  ", 12.5],
    ["-300", -300],
    ["+4", 4],
    [".5", 0.5],
    ["0", 0],
    ["12%", 12],
    ["2.1 GB/s", 2.1],
    ["", undefined],
    ["   ", undefined],
  ])("%j → %s", (text, expected) => {
    expect(parseNumberInput(text)).toBe(expected);
  });

  it.each(["3,90", "1,2345", "abc", "12 34", "1.2.3", "3,900 ms extra", "ms", "--3"])("%j is not a number", (text) => {
    expect(parseNumberInput(text)).toBeNaN();
  });
});

describe("parsePercentInput", () => {
  it.each<[string, number | undefined]>([
    ["20", 0.2],
    ["20%", 0.2],
    ["20 %", 0.2],
    ["7", 0.07],
    ["12.5", 0.125],
    ["0", 0],
    ["100", 1],
    ["", undefined],
  ])("%j → %s", (text, expected) => {
    expect(parsePercentInput(text)).toBe(expected);
  });

  it.each(["%", "twenty", "20 ms"])("%j is not a percentage", (text) => {
    expect(parsePercentInput(text)).toBeNaN();
  });
});

describe("fractionToPercentText", () => {
  it.each<[number, string]>([
    [0.2, "20"],
    [0.07, "7"],
    [0.125, "12.5"],
    [0, "0"],
  ])("%s → %s", (value, expected) => {
    expect(fractionToPercentText(value)).toBe(expected);
  });
});
