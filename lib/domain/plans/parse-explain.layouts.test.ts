import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExplain } from "./parse-explain";
import type { ParsedExplain } from "./plan-types";
import { openSamples, sectionShapes } from "./samples.test-helper";

const { readManifestPlans, readSample } = openSamples((url) => readFileSync(url, "utf8"));

// The same plans in every layout users paste: the sections files re-encoded as the sqllogictest
// runner writes them and as datafusion-cli prints them must read back to the same trees.

function sectionsOf(parsed: ParsedExplain): Array<{ planType: string; lines: string[] }> {
  return parsed.sections.map((s) => ({ planType: s.planType, lines: s.text.split("\n") }));
}

/** sqllogictest runner layout (normalize.rs expand_row): `NN)` + leading spaces as dashes. */
function toSlt(parsed: ParsedExplain, numbered: boolean): string {
  const rows: string[] = [];
  for (const { planType, lines } of sectionsOf(parsed)) {
    if (lines.length === 1) {
      rows.push(`${planType} ${lines[0]}`);
      continue;
    }
    rows.push(planType);
    lines.forEach((line, i) => {
      const dashed = line.replace(/^ +/, (spaces) => "-".repeat(spaces.length));
      rows.push(numbered ? `${String(i + 1).padStart(2, "0")})${dashed}` : dashed);
    });
  }
  return rows.join("\n");
}

/** datafusion-cli table: every cell padded to the widest line, physical plans end with an empty row. */
function toCliTable(parsed: ParsedExplain): string {
  const sections = sectionsOf(parsed).map((s) => ({
    ...s,
    lines: s.planType.startsWith("physical") ? [...s.lines, ""] : s.lines,
  }));
  const w1 = Math.max("plan_type".length, ...sections.map((s) => s.planType.length));
  const w2 = Math.max("plan".length, ...sections.flatMap((s) => s.lines.map((l) => l.length)));
  const border = `+${"-".repeat(w1 + 2)}+${"-".repeat(w2 + 2)}+`;
  const row = (a: string, b: string) => `| ${a.padEnd(w1)} | ${b.padEnd(w2)} |`;
  const body = sections.flatMap((s) => s.lines.map((l, i) => row(i === 0 ? s.planType : "", l)));
  return [
    "> EXPLAIN SELECT ...;",
    border,
    row("plan_type", "plan"),
    border,
    ...body,
    border,
    "2 row(s) fetched.",
    "Elapsed 0.012 seconds.",
  ].join("\n");
}

const sectionFiles = readManifestPlans().filter((f) => f.layout === "sections");

describe.each(sectionFiles.map((f) => [f.file] as const))("%s in other layouts", (file) => {
  const original = parseExplain(readSample(file));

  it("reads the same from the numbered sqllogictest layout", () => {
    const parsed = parseExplain(toSlt(original, true));
    // One-line cells sit on the header row, so an all-one-line result looks like plain sections.
    const multiLine = original.sections.some((s) => s.text.includes("\n"));
    expect(parsed.layout).toBe(multiLine ? "sqllogictest" : "sections");
    expect(sectionShapes(parsed)).toEqual(sectionShapes(original));
  });

  it("reads the same from the pre-2024 sqllogictest layout (dashes, no numbers)", () => {
    expect(sectionShapes(parseExplain(toSlt(original, false)))).toEqual(sectionShapes(original));
  });

  it("reads the same from a datafusion-cli table", () => {
    const parsed = parseExplain(toCliTable(original));
    expect(parsed.layout).toBe("cli-table");
    expect(sectionShapes(parsed)).toEqual(sectionShapes(original));
    expect(parsed.problems.map((p) => p.message)).toEqual(original.problems.map((p) => p.message));
  });

  it("reads the same with Windows line endings", () => {
    expect(sectionShapes(parseExplain(readSample(file).replace(/\n/g, "\r\n")))).toEqual(sectionShapes(original));
  });
});

describe("a pasted sqllogictest record", () => {
  it("keeps only the result block after ----", () => {
    const record = [
      "query TT",
      "EXPLAIN SELECT a FROM t WHERE a > 1",
      "----",
      "logical_plan",
      "01)Filter: t.a > Int64(1)",
      "02)--TableScan: t projection=[a]",
      "physical_plan",
      "01)FilterExec: a@0 > 1",
      "02)--DataSourceExec: partitions=1, partition_sizes=[1]",
      "",
      "statement ok",
      "DROP TABLE t",
    ].join("\n");
    const parsed = parseExplain(record);
    expect(parsed.problems).toEqual([]);
    expect(parsed.sections.map((s) => [s.planType, s.root?.operator, s.root?.children[0]?.operator])).toEqual([
      ["logical_plan", "Filter", "TableScan"],
      ["physical_plan", "FilterExec", "DataSourceExec"],
    ]);
    expect(parsed.sections[1]?.root?.line).toBe(8);
  });
});
