import { describe, expect, it } from "vitest";
import { OPEN_REDIRECT_BYPASSES as BYPASSES, SAME_ORIGIN_ODDITIES } from "@/tests/fixtures/open-redirect-bypasses";
import { safeNextPath } from "./safe-next-path";

const ORIGIN = "https://lanegate.example";

/** What a browser does with the redirect: resolve the Location against the page's own URL. */
const landsOn = (location: string) => new URL(location, `${ORIGIN}/sign-in`);

describe("safeNextPath", () => {
  it.each([
    ["/lanes/nightly-revenue-rollup?tab=1", "/lanes/nightly-revenue-rollup?tab=1"],
    ["/lanes/x/releases/2026.11.2#plans", "/lanes/x/releases/2026.11.2#plans"],
    ["/audit?actor=Priya&lane=a", "/audit?actor=Priya&lane=a"],
    ["/lanes/a/../../webhooks", "/webhooks"],
  ])("keeps the same-origin path %j (normalised: %j)", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([undefined, null, "", "/sign-in", "/sign-in?next=/x", "/api/v1/lanes", "/api"])(
    "falls back to / for %j",
    (next) => {
      expect(safeNextPath(next)).toBe("/");
    },
  );

  it.each([...BYPASSES, ...SAME_ORIGIN_ODDITIES])("never leaves the origin for %j", (next) => {
    const location = safeNextPath(next);
    expect(location.startsWith("/")).toBe(true);
    expect(location.startsWith("//")).toBe(false);
    expect(location).not.toMatch(/[\u0000-\u001f\u007f\\]/);
    expect(landsOn(location).origin).toBe(ORIGIN);
    // And what a second decoding would make of it stays on the origin too.
    expect(landsOn(decodeURIComponent(location)).origin).toBe(ORIGIN);
  });

  it.each(BYPASSES)("refuses %j outright", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });
});
