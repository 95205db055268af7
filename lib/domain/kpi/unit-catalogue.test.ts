import { describe, expect, it } from "vitest";
import { checkKpiTarget, checkKpiValue, findKpiUnit, KPI_UNITS } from "./unit-catalogue";

describe("the KPI unit catalogue", () => {
  it("has one entry per unit, every bound 0 or above", () => {
    expect(new Set(KPI_UNITS.map((u) => u.unit)).size).toBe(KPI_UNITS.length);
    for (const u of KPI_UNITS) expect(u.min).toBe(0);
    expect(findKpiUnit("%")).toMatchObject({ kind: "percentage", max: 100, whole: false });
    expect(findKpiUnit("queries")).toMatchObject({ kind: "count", whole: true });
  });
});

describe("checkKpiValue", () => {
  it.each([
    ["ms", 1480, null],
    ["ms", 0, null],
    ["ms", -300, /cannot be negative/],
    ["s", 0.5, null],
    ["queries", 3, null],
    ["queries", 2.5, /whole number/],
    ["count", -1, /cannot be negative/],
    ["%", 100, null],
    ["%", 100.01, /at most 100/],
    ["%", -1, /cannot be negative/],
    ["ratio", 1.7, null],
    ["ratio", -0.1, /cannot be negative/],
    ["rows/s", 1e6, null],
    ["ms", 1e14, /At most/],
    ["ms", Number.NaN, /finite/],
    ["ms", Number.POSITIVE_INFINITY, /finite/],
    // A unit stored before the catalogue: judged as recorded, only bounded by the column.
    ["widgets", -5, null],
    ["widgets", 1e14, /At most/],
  ] as const)("%s %d", (unit, value, problem) => {
    const result = checkKpiValue(unit, value);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });
});

describe("checkKpiTarget", () => {
  const latency = {
    unit: "ms",
    baseline: 1000,
    targetKind: "RELATIVE" as const,
    targetValue: 0.2,
    stop: { kind: "RELATIVE" as const, value: 0.1 },
  };
  it.each([
    ["a valid relative latency target", latency, []],
    ["a relative target on a baseline of 0", { ...latency, baseline: 0 }, ["baseline"]],
    ["a negative baseline", { ...latency, baseline: -5 }, ["baseline"]],
    [
      "a relative stop on a baseline of 0",
      { ...latency, baseline: 0, targetKind: "ABSOLUTE" as const, targetValue: 800 },
      ["baseline"],
    ],
    [
      "absolute numbers outside the unit",
      {
        ...latency,
        targetKind: "ABSOLUTE" as const,
        targetValue: -300,
        stop: { kind: "ABSOLUTE" as const, value: -1 },
      },
      ["targetValue", "stop/value"],
    ],
    [
      "an absolute count target of 0 on a baseline of 0 (no mismatch allowed)",
      {
        unit: "queries",
        baseline: 0,
        targetKind: "ABSOLUTE" as const,
        targetValue: 0,
        stop: { kind: "ABSOLUTE" as const, value: 0 },
      },
      [],
    ],
    [
      "a percentage over 100",
      { unit: "%", baseline: 99, targetKind: "ABSOLUTE" as const, targetValue: 101, stop: null },
      ["targetValue"],
    ],
  ] as const)("%s", (_name, target, fields) => {
    expect(checkKpiTarget(target).map(([f]) => f)).toEqual(fields);
  });
});
