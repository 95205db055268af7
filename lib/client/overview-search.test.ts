import { describe, expect, it } from "vitest";
import { OVERVIEW_DEFAULTS } from "@/lib/domain/overview/overview-defaults";
import { ZOverviewQuery } from "@/lib/schemas/readiness";
import { toOverviewSearch } from "@/lib/client/overview-search";
import { readOverviewSearch } from "@/lib/client/read-overview-search";

describe("overview search parameters", () => {
  it("reads filters, sort and page, and writes them back without the defaults", () => {
    const query = readOverviewSearch(
      new URLSearchParams("verdict=HOLD&stage=CANARY&q=roll&sort=streak&order=desc&page=2"),
    );
    expect(query).toEqual({
      verdict: "HOLD",
      stage: "CANARY",
      q: "roll",
      sort: "streak",
      order: "desc",
      page: 2,
      pageSize: 50,
    });
    expect(toOverviewSearch(query)).toBe("?verdict=HOLD&stage=CANARY&q=roll&sort=streak&order=desc&page=2");
    expect(toOverviewSearch(readOverviewSearch(new URLSearchParams("")))).toBe("");
  });

  it("drops what it cannot read and keeps the rest", () => {
    expect(readOverviewSearch(new URLSearchParams("verdict=MAYBE&stage=SHADOW&pageSize=5000"))).toMatchObject({
      stage: "SHADOW",
      pageSize: 50,
    });
  });

  it("leaves out exactly the schema's defaults (kept as plain data for the browser)", () => {
    expect(ZOverviewQuery.parse({})).toEqual(OVERVIEW_DEFAULTS);
  });
});
