import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS } from "./map-zod-issues";
import { parseBenchmarkRun } from "./parse-benchmark-run";
import type { BenchmarkProblem } from "./types";

const ACCEPTED = /Accepted formats: DataFusion benchmark runner JSON .* or a ClickBench result JSON/;

const dfbench = (
  query: Record<string, unknown>,
  context: Record<string, unknown> = { datafusion_version: "49.0.0", start_time: 1755512345 },
) => ({
  context,
  queries: [{ query: "Query 1", iterations: [{ elapsed: 10, row_count: 4 }], success: true, ...query }],
});
const clickbench = (patch: Record<string, unknown> = {}) => ({
  system: "DataFusion (Parquet, single)",
  date: "2026-08-20",
  machine: "c6a.4xlarge",
  result: Array.from({ length: 43 }, () => [0.5, 0.1, 0.1]),
  ...patch,
});
const withRow = (index: number, row: unknown) =>
  clickbench({ result: clickbench().result.map((r, i) => (i === index ? row : r)) });

function problemsOf(input: unknown): BenchmarkProblem[] {
  const result = parseBenchmarkRun(input);
  if (result.ok) throw new Error("expected a refusal");
  return result.problems;
}

describe("parseBenchmarkRun refuses anything that is neither format", () => {
  it.each([
    { name: "a number", input: 42, message: /got a number/ },
    { name: "null", input: null, message: /got null/ },
    { name: "an array", input: [[0.1, 0.2, 0.3]], message: /got an array/ },
    { name: "an empty object", input: {}, message: /empty object/ },
    { name: "an unrelated object", input: { name: "lane", stage: "SHADOW" }, message: /keys "name", "stage"/ },
    {
      name: "a CSV string",
      input: "benchmark_name,query_name,query_type\nclickbench_partitioned,q0,query",
      message: /text but not JSON/,
    },
    { name: "keys of both formats", input: { queries: [], result: [] }, message: /ambiguous/ },
  ])("$name: one problem naming the accepted formats", ({ input, message }) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pointer).toBe("");
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.message).toMatch(ACCEPTED);
  });
});

describe("parseBenchmarkRun points at what is wrong", () => {
  it.each([
    {
      name: "dfbench without queries",
      input: { context: {} },
      pointer: "/queries",
      message: /^queries is required but missing \(expected an array\)$/,
    },
    {
      name: "dfbench queries not an array",
      input: { context: {}, queries: "Query 1" },
      pointer: "/queries",
      message: /^queries must be an array, got the string "Query 1"$/,
    },
    {
      name: "a query that is not an object",
      input: { context: {}, queries: ["Query 1"] },
      pointer: "/queries/0",
      message: /^item 0 must be an object, got the string "Query 1"$/,
    },
    {
      name: "dfbench with no queries",
      input: { context: {}, queries: [] },
      pointer: "/queries",
      message: /at least one query/,
    },
    {
      name: "negative elapsed",
      input: dfbench({ iterations: [{ elapsed: -3, row_count: 4 }] }),
      pointer: "/queries/0/iterations/0/elapsed",
      message: /non-negative number of milliseconds, got -3/,
    },
    {
      name: "elapsed as a string",
      input: dfbench({ iterations: [{ elapsed: "12.5", row_count: 4 }] }),
      pointer: "/queries/0/iterations/0/elapsed",
      message: /^elapsed must be a number, got the string "12.5"$/,
    },
    {
      name: "fractional row_count",
      input: dfbench({ iterations: [{ elapsed: 1, row_count: 1.5 }] }),
      pointer: "/queries/0/iterations/0/row_count",
      message: /whole number/,
    },
    {
      name: "iteration without row_count",
      input: dfbench({ iterations: [{ elapsed: 1 }] }),
      pointer: "/queries/0/iterations/0/row_count",
      message: /required but missing/,
    },
    {
      name: "fractional query id",
      input: dfbench({ query: 1.5 }),
      pointer: "/queries/0/query",
      message: /case id string such as "Query 1" or a non-negative integer/,
    },
    {
      name: "success as a string",
      input: dfbench({ success: "yes" }),
      pointer: "/queries/0/success",
      message: /^success must be a boolean, got the string "yes"$/,
    },
    {
      name: "start_time in milliseconds",
      input: dfbench({}, { start_time: 1755512345000 }),
      pointer: "/context/start_time",
      message: /not milliseconds/,
    },
    {
      name: "context not an object",
      input: { context: "tpch", queries: dfbench({}).queries },
      pointer: "/context",
      message: /^context must be an object, got the string "tpch"$/,
    },
    {
      name: "ClickBench row of 2 runs",
      input: withRow(5, [0.1, 0.2]),
      pointer: "/result/5",
      message: /exactly 3 runs .* got 2/,
    },
    {
      name: "ClickBench with 42 rows",
      input: clickbench({ result: clickbench().result.slice(1) }),
      pointer: "/result",
      message: /exactly 43 rows .* got 42/,
    },
    {
      name: "ClickBench negative run",
      input: withRow(0, [0.1, -0.2, 0.1]),
      pointer: "/result/0/1",
      message: /must not be negative/,
    },
    {
      name: "ClickBench run as a string",
      input: withRow(7, ["0.1", 0.2, 0.1]),
      pointer: "/result/7/0",
      message: /seconds or null/,
    },
    {
      name: "ClickBench run in an absurd unit",
      input: withRow(2, [0.1, 2_000_000, 0.1]),
      pointer: "/result/2/1",
      message: /not plausible/,
    },
    {
      name: "ClickBench date not ISO",
      input: clickbench({ date: "21/02/2023" }),
      pointer: "/date",
      message: /YYYY-MM-DD/,
    },
    {
      name: "ClickBench without machine",
      input: clickbench({ machine: undefined }),
      pointer: "/machine",
      message: /required but missing/,
    },
  ])("$name -> $pointer", ({ input, pointer, message }) => {
    const problems = problemsOf(input);
    const problem = problems.find((p) => p.pointer === pointer);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it("caps the list of problems for a file that is wrong everywhere", () => {
    const problems = problemsOf(clickbench({ result: Array.from({ length: 43 }, () => ["x", "y", "z"]) }));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toBe(`${43 * 3 - MAX_PROBLEMS} more problems not listed`);
  });
});

describe("parseBenchmarkRun never throws", () => {
  const wellFormed = (problem: BenchmarkProblem) =>
    problem.message.length > 0 && (problem.pointer === "" || problem.pointer.startsWith("/"));

  it.each([
    { name: "arbitrary JSON values", arbitrary: fc.jsonValue() },
    { name: "arbitrary text", arbitrary: fc.string() },
    { name: "objects with dfbench keys", arbitrary: fc.record({ context: fc.jsonValue(), queries: fc.jsonValue() }) },
    {
      name: "objects with ClickBench keys",
      arbitrary: fc.record({ system: fc.jsonValue(), result: fc.array(fc.jsonValue()) }),
    },
  ])("$name", ({ arbitrary }) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (input) => {
        const result = parseBenchmarkRun(input);
        if (!result.ok) expect(result.problems.every(wellFormed)).toBe(true);
      }),
    );
  });
});
