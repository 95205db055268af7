import { describe, expect, it } from "vitest";
import { formatInstant } from "./format-instant";

describe("formatInstant", () => {
  it.each([
    ["2026-11-12T14:03:59.999Z", "12 Nov 2026, 14:03 UTC"],
    ["2026-01-03T09:05:00Z", "3 Jan 2026, 09:05 UTC"],
    ["2026-12-31T23:59:00Z", "31 Dec 2026, 23:59 UTC"],
    // An offset in the input is converted to UTC, never shown in local time.
    ["2026-03-01T00:30:00+02:00", "28 Feb 2026, 22:30 UTC"],
  ])("%s -> %s", (iso, expected) => {
    expect(formatInstant(new Date(iso))).toBe(expected);
  });

  it("does not throw on an invalid date", () => {
    expect(formatInstant(new Date("nope"))).toBe("an unknown time");
  });
});
