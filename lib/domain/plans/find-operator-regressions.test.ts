import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffExplains } from "./diff-explains";
import { findOperatorRegressions } from "./find-operator-regressions";
import { openLancedbFixtures } from "./lancedb-fixtures.test-helper";
import { parseExplain } from "./parse-explain";
import { pickMainPlan } from "./pick-main-plan";
import type { PlanNode } from "./plan-types";

const { find, read } = openLancedbFixtures((url) => readFileSync(url, "utf8"));

function regressions(beforeText: string, afterText: string) {
  const a = parseExplain(beforeText);
  const b = parseExplain(afterText);
  const diff = diffExplains(a, b).plan;
  if (!diff) throw new Error("no plan");
  return findOperatorRegressions({
    diff,
    before: pickMainPlan(a)?.root as PlanNode,
    after: pickMainPlan(b)?.root as PlanNode,
  });
}

describe("findOperatorRegressions", () => {
  it("finds nothing beyond noise between reruns of the same ANALYZE (all versions)", () => {
    // IVF_PQ training is randomised: a post-filter over two separately built ANN indexes really
    // returns other rows, so those reruns are not the same plan run twice.
    const analyzes = find({ mode: "analyze", run: "run-a" }).filter(
      (p) => !(p.scenario === "vector-postfilter" && p.stage !== "plain"),
    );
    expect(analyzes.length).toBeGreaterThan(60);
    const moved = analyzes.filter((a) => {
      const b = a.file.replace("/run-a/", "/run-b/");
      return regressions(read(a.file), read(b)).some((r) => r.moves.some((m) => m.kind !== "time"));
    });
    expect(moved).toEqual([]);
  });

  it("reports rows, spills and time that moved, with the operator", () => {
    const before = [
      "HashJoinExec: mode=CollectLeft, join_type=Inner, on=[(k@0, k@0)], metrics=[output_rows=100, elapsed_compute=20ms, spill_count=0, build_mem_used=1.0 MB]",
      "  DataSourceExec: file_groups={1 group: [[/d/a.parquet]]}, file_type=parquet, metrics=[output_rows=100, elapsed_compute=5ms]",
      "  DataSourceExec: file_groups={1 group: [[/d/b.parquet]]}, file_type=parquet, metrics=[output_rows=1000, elapsed_compute=5.2ms]",
    ].join("\n");
    const after = before
      .replace(
        "output_rows=100, elapsed_compute=20ms, spill_count=0, build_mem_used=1.0 MB",
        "output_rows=100, elapsed_compute=45ms, spill_count=3, build_mem_used=64.0 MB",
      )
      .replace("elapsed_compute=5.2ms", "elapsed_compute=5.4ms");
    expect(regressions(before, after)).toEqual([
      {
        afterId: "0",
        label: "HashJoinExec (mode=CollectLeft)",
        moves: [
          { key: "elapsed_compute", before: "20ms", after: "45ms", change: 1.25, kind: "time" },
          { key: "spill_count", before: "0", after: "3", change: null, kind: "spill" },
          { key: "build_mem_used", before: "1.0 MB", after: "64.0 MB", change: 63, kind: "memory" },
        ],
      },
    ]);
  });
});
