import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPlans } from "./diff-plans";
import { parseExplain } from "./parse-explain";
import type { ParsedExplain } from "./plan-types";
import { openSamples } from "./samples.test-helper";

const { readManifestPlans, readSample } = openSamples((url) => readFileSync(url, "utf8"));

// Hundreds of generated plans per property: seconds of CPU, far more on a loaded 2-core machine.
// The limit only guards against a hang; speed is measured by `npm run bench`, not here.
const FUZZ_TIMEOUT_MS = 120_000;

const FORMATS = ["indent", "tree", "verbose", "analyze", "pgjson", "graphviz", "unknown"];

/** Whatever the input, the result is a well-formed, serialisable value and no internal error. */
function checkResult(text: string, parsed: ParsedExplain) {
  expect(FORMATS).toContain(parsed.format);
  expect(Array.isArray(parsed.sections)).toBe(true);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const problem of parsed.problems) {
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount).toBe(true);
    expect(problem.message).not.toContain("internal parser error");
  }
  expect(() => JSON.stringify(parsed)).not.toThrow();
  const roots = parsed.sections.flatMap((s) => (s.root ? [s.root] : []));
  const [first, last] = [roots[0], roots[roots.length - 1]];
  if (first && last) {
    expect(diffPlans(first, first).hasChanges).toBe(false);
    expect(() => diffPlans(first, last)).not.toThrow();
  }
}

// Pieces of plan syntax, so random text reaches the table, slt, tree and bracket code paths.
const planAlphabet = fc.constantFrom(
  "┌",
  "┐",
  "└",
  "┘",
  "│",
  "─",
  "┬",
  "┴",
  "├",
  "───",
  "│ ",
  " ",
  "  ",
  "\n",
  "\r\n",
  "[",
  "]",
  "(",
  ")",
  "{",
  "}",
  ",",
  "=",
  ": ",
  '"',
  "\\",
  "...",
  "µs",
  "metrics=[",
  "output_rows=",
  "Exec",
  "HashJoinExec: ",
  "mode=",
  "SAME TEXT AS ABOVE",
  "logical_plan",
  "physical_plan",
  "Plan with Metrics",
  "| ",
  " |",
  "+---+---+",
  "01)",
  "--",
  "----",
  '{"Plan": ',
  '"Node Type"',
  "digraph {",
  "->",
  'label="',
  "Filter: ",
  "file_groups={2 groups: ",
);

describe("parseExplain never throws", () => {
  it(
    "on arbitrary unicode text",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => checkResult(text, parseExplain(text))),
        { numRuns: 400 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "on random plan-like text",
    () => {
      fc.assert(
        fc.property(
          fc.array(planAlphabet, { maxLength: 200 }).map((parts) => parts.join("")),
          (text) => checkResult(text, parseExplain(text)),
        ),
        { numRuns: 600 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  const samples = readManifestPlans().map((f) => readSample(f.file));
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
    fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      text: fc.oneof(fc.string({ maxLength: 20 }), planAlphabet),
    }),
    fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 300 }) }),
    fc.record({ kind: fc.constant("swap-lines" as const), at: fc.nat(), other: fc.nat() }),
    fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

  function mutate(text: string, m: Mutation): string {
    const at = text.length === 0 ? 0 : m.at % text.length;
    switch (m.kind) {
      case "delete":
        return text.slice(0, at) + text.slice(at + m.length);
      case "insert":
        return text.slice(0, at) + m.text + text.slice(at);
      case "duplicate":
        return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
      case "truncate":
        return text.slice(0, at);
      case "swap-lines": {
        const lines = text.split("\n");
        const i = m.at % lines.length;
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
        return lines.join("\n");
      }
    }
  }

  it(
    "on mutated sample plans",
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: samples.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          (index, mutations) => {
            const text = mutations.reduce(mutate, samples[index] as string);
            checkResult(text, parseExplain(text));
          },
        ),
        { numRuns: 500 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
