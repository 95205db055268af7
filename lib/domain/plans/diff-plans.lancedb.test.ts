import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffExplains } from "./diff-explains";
import { openLancedbFixtures } from "./lancedb-fixtures.test-helper";
import { parseExplain } from "./parse-explain";
import { INDEX_OPERATOR_RE } from "./rank-plan-changes";

const { plans, read, find } = openLancedbFixtures((url) => readFileSync(url, "utf8"));
const diffFiles = (before: string, after: string) =>
  diffExplains(parseExplain(read(before)), parseExplain(read(after)));

describe("the same query planned twice, in two folders, is the same plan", () => {
  const reruns = plans
    .filter((p) => p.run === "run-a")
    .map((a) => [a.file, a.file.replace("/run-a/", "/run-b/")] as const)
    .filter(([, b]) => plans.some((p) => p.file === b));

  it("has a rerun for every plan, most of them printed differently", () => {
    expect(reruns.length).toBe(plans.length / 2);
    // Paths, index UUIDs and timings: the text differs although the plan does not.
    expect(reruns.filter(([a, b]) => read(a) !== read(b)).length).toBeGreaterThan(reruns.length * 0.8);
  });

  it.each(reruns)("%s", (a, b) => {
    const diff = diffFiles(a, b);
    expect(diff.notes).toEqual([]);
    expect(diff.plan?.hasChanges).toBe(false);
    expect(diff.plan?.changes.filter((c) => c.kind !== "metric")).toEqual([]);
    // Metric movements are reported apart, as metrics, never as plan changes.
    expect(
      diff.summary.every((line) => !/uri|uuid|elapsed=|cumulative_cpu=/.test(line) || /: \w+ .*→/.test(line)),
    ).toBe(true);
  });
});

describe("before and after an index is built, the index change comes first", () => {
  const pairs = find({ stage: "plain", run: "run-a" }).flatMap((before) => {
    const { file: _file, ...query } = before;
    const after = find({ ...query, stage: "indexed" })[0];
    return after ? [[`${before.lancedb} ${before.scenario} ${before.mode}`, before.file, after.file] as const] : [];
  });

  it("has pairs for scalar, vector and full-text indexes in every version", () => {
    const scenarios = [...new Set(pairs.map(([name]) => name.split(" ")[1]))];
    for (const s of ["btree-filter", "bitmap-filter", "label-list-filter", "vector-prefilter"])
      expect(scenarios).toContain(s);
    expect(new Set(pairs.map(([name]) => name.split(" ")[0])).size).toBe(4);
  });

  it.each(pairs)("%s", (_name, before, after) => {
    const diff = diffFiles(before, after);
    expect(diff.plan?.hasChanges).toBe(true);
    const [first] = diff.summary;
    expect(first).toBeDefined();
    expect((first ?? "").split(/[^\w]+/).some((word) => INDEX_OPERATOR_RE.test(word))).toBe(true);
  });

  it("names the replacement the way a reviewer says it (DataFusion 54)", () => {
    const [before] = find({
      lancedb: "0.39.0",
      scenario: "vector-prefilter",
      stage: "plain",
      mode: "explain",
      run: "run-a",
    });
    const [after] = find({
      lancedb: "0.39.0",
      scenario: "vector-prefilter",
      stage: "indexed",
      mode: "explain",
      run: "run-a",
    });
    const summary = diffFiles(before?.file ?? "", after?.file ?? "").summary;
    expect(summary[0]).toMatch(/^KNNVectorDistance with 2 operators below it replaced by ANNSubIndex .*\(index: /);
    expect(summary.at(-1)).toMatch(/^column indexes renumbered/);
  });
});
