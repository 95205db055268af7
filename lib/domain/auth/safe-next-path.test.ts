import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/lanes/nightly-revenue-rollup?tab=1")).toBe("/lanes/nightly-revenue-rollup?tab=1");
  });
  it.each([
    undefined,
    null,
    "",
    "https://evil.example",
    "//evil.example/x",
    "/\\evil.example",
    "/sign-in",
    "/api/v1/lanes",
  ])("falls back to / for %s", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });
});
