import { describe, expect, it } from "vitest";
import { sortReleasesNewestFirst } from "./sort-releases-newest-first";
import { buildRelease, daysAgo } from "./test-factories";

describe("sortReleasesNewestFirst", () => {
  it("orders by deployedAt descending and puts planned releases last, in input order", () => {
    const releases = [
      buildRelease({ id: "planned-a", deployedAt: null }),
      buildRelease({ id: "old", deployedAt: daysAgo(30) }),
      buildRelease({ id: "planned-b", deployedAt: null }),
      buildRelease({ id: "new", deployedAt: daysAgo(1) }),
    ];
    expect(sortReleasesNewestFirst({ releases }).map((r) => r.id)).toEqual(["new", "old", "planned-a", "planned-b"]);
  });

  it("equal deployedAt: the release later in the input counts as newer", () => {
    const releases = [
      buildRelease({ id: "a", deployedAt: daysAgo(5) }),
      buildRelease({ id: "b", deployedAt: daysAgo(5) }),
    ];
    expect(sortReleasesNewestFirst({ releases }).map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("does not reorder its input", () => {
    const releases = [
      buildRelease({ id: "old", deployedAt: daysAgo(30) }),
      buildRelease({ id: "new", deployedAt: daysAgo(1) }),
    ];
    sortReleasesNewestFirst({ releases });
    expect(releases.map((r) => r.id)).toEqual(["old", "new"]);
  });
});
