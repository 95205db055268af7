import { describe, expect, it } from "vitest";
import { slugifyTeamName } from "./slugify-team-name";

describe("slugifyTeamName", () => {
  it.each([
    ["Finance Data Platform", "finance-data-platform"],
    ["  R&D / Query  Engine ", "r-d-query-engine"],
    ["Ünïcode Team", "n-code-team"],
    ["t", "team"],
    ["!!!", "team"],
    ["a".repeat(80), "a".repeat(56)],
  ])("%s → %s", (name, slug) => {
    expect(slugifyTeamName(name)).toBe(slug);
  });
});
