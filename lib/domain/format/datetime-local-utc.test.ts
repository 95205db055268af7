import { describe, expect, it } from "vitest";
import { datetimeLocalToIso, isoToDatetimeLocal } from "./datetime-local-utc";

describe("datetime-local inputs read as UTC", () => {
  it.each([
    ["2026-11-25T17:05", "2026-11-25T17:05:00.000Z"],
    ["2026-11-25T17:05:30", "2026-11-25T17:05:30.000Z"],
    ["", undefined],
    ["  ", undefined],
    ["yesterday", "yesterday"],
  ])("%s → %s", (input, expected) => {
    expect(datetimeLocalToIso(input)).toBe(expected);
  });

  it("round-trips a UTC minute", () => {
    const at = new Date("2026-01-02T03:04:00.000Z");
    expect(datetimeLocalToIso(isoToDatetimeLocal(at))).toBe(at.toISOString());
  });
});
