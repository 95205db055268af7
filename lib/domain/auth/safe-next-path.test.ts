import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

const ORIGIN = "https://lanegate.example";

/** What a browser does with the redirect: resolve the Location against the page's own URL. */
const landsOn = (location: string) => new URL(location, `${ORIGIN}/sign-in`);

// Known ways to smuggle another host past a "starts with /" check. Each arrives as the page sees
// `next` (the query string already decoded once), so "%09" here means the client double-encoded it.
const BYPASSES = [
  "https://evil.example",
  "http://evil.example/x",
  "//evil.example/x",
  "///evil.example/x",
  "/\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/a/..//evil.example",
  "/%2f%2fevil.example",
  "/%2F%2Fevil.example",
  "/%5cevil.example",
  "/%5Cevil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/%252f%252fevil.example",
  "/%25252f%25252fevil.example",
  "/%255cevil.example",
  "/%2509/evil.example",
  "/%00/x",
  "/\u0000/x",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/%E0%A4%A",
  "evil.example",
  "@evil.example",
  "\uff0f\uff0fevil.example",
  `/${"a".repeat(3000)}`,
];

// Odd but harmless: a browser keeps these on this site (percent-encoded), so they are kept.
const SAME_ORIGIN_ODDITIES = ["/ /evil.example", "/\u2215\u2215evil.example", "/\uff0f\uff0fevil.example"];

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
