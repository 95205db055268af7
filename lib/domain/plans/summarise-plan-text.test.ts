import { describe, expect, it } from "vitest";
import { queryNameFromFile, summarisePlanText } from "./summarise-plan-text";

describe("queryNameFromFile", () => {
  it.each<[string, string]>([
    ["q17.txt", "q17"],
    ["tpch/Q05_sf1.explain.txt", "Q05_sf1.explain"],
    ["C:\\plans\\revenue_by_region.sql.out", "revenue_by_region.sql"],
    ["plan", "plan"],
    [".hidden", ".hidden"],
  ])("%s → %s", (file, expected) => {
    expect(queryNameFromFile(file)).toBe(expected);
  });
});

describe("summarisePlanText", () => {
  it("reads an indent physical plan: format, operators, no problems", () => {
    const text = [
      "ProjectionExec: expr=[a@0 as a]",
      "  FilterExec: a@0 > 1",
      "    DataSourceExec: file_groups={1 group: [[t.parquet]]}, projection=[a], file_type=parquet",
    ].join("\n");
    const summary = summarisePlanText(text);
    expect(summary.format).toBe("indent");
    expect(summary.mainPlan?.operators).toBe(3);
    expect(summary.problems).toEqual([]);
  });

  it("text that is no plan is reported with a line, not refused", () => {
    const summary = summarisePlanText("\nError during planning: table 'x' not found");
    expect(summary.format).toBe("unknown");
    expect(summary.mainPlan).toBeNull();
    expect(summary.problems[0]).toMatchObject({ line: 2, severity: "error" });
  });
});
