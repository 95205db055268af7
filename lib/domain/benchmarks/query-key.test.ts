import { describe, expect, it } from "vitest";
import { queryKey } from "./query-key";

describe("queryKey", () => {
  it.each([
    ["q5", "q5"],
    ["Query 5", "q5"],
    ["tpch/Q05_sf1", "q5"],
    ["Q5", "q5"],
    ["Q10_sf10", "q10"],
    ["revenue_by_region", "revenuebyregion"],
    ["vector-prefilter", "vectorprefilter"],
  ])("%s -> %s", (name, key) => expect(queryKey(name)).toBe(key));
});
