import { ZClickbenchResult } from "./clickbench-result-schema";
import { ZCriterionBundle } from "./criterion-bundle-schema";
import { detectBenchmarkFormat } from "./detect-benchmark-format";
import { ZDfbenchResult } from "./dfbench-result-schema";
import { describeIssue, mapZodIssues } from "./map-zod-issues";
import { normalizeClickbenchResult } from "./normalize-clickbench-result";
import { normalizeCriterionBundle } from "./normalize-criterion-bundle";
import { normalizeDfbenchResult } from "./normalize-dfbench-result";
import type { BenchmarkProblem, ParseBenchmarkRunResult } from "./types";

const ACCEPTED =
  "Accepted formats: DataFusion benchmark runner JSON (written by `dfbench <benchmark> ... -o <file>`: " +
  'an object with "context" and "queries"), or a ClickBench result JSON for DataFusion (an object ' +
  'with "system", "date", "machine" and "result": 43 rows of 3 run times in seconds), or criterion output ' +
  '(an object with "criterion": {baseline, files: [{path, content}]}, as `lanegate bench push --criterion` builds it).';

/**
 * Validate and normalise a benchmark result. `input` is the parsed JSON body, or the raw file text
 * (an upload), which is parsed here so both paths report problems the same way.
 * Never throws: every refusal is a list of problems with JSON pointers.
 */
export function parseBenchmarkRun(input: unknown): ParseBenchmarkRunResult {
  let value = input;
  if (typeof input === "string") {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    value = parsed.value;
  }

  const detected = detectBenchmarkFormat(value);
  if (detected.kind === "unknown") {
    return refuse(`Not a recognised benchmark result (${describeTopLevel(value)}). ${ACCEPTED}`);
  }
  if (detected.kind === "ambiguous") {
    return refuse(`The object has top-level keys of both formats, so its format is ambiguous. ${ACCEPTED}`);
  }

  if (detected.format === "dfbench") {
    const result = ZDfbenchResult.safeParse(value, { error: describeIssue });
    return result.success
      ? { ok: true, run: normalizeDfbenchResult(result.data) }
      : { ok: false, problems: mapZodIssues(result.error.issues) };
  }
  if (detected.format === "criterion") {
    const bundle = ZCriterionBundle.safeParse(value, { error: describeIssue });
    return bundle.success
      ? normalizeCriterionBundle(bundle.data)
      : { ok: false, problems: mapZodIssues(bundle.error.issues) };
  }
  const result = ZClickbenchResult.safeParse(value, { error: describeIssue });
  return result.success
    ? { ok: true, run: normalizeClickbenchResult(result.data) }
    : { ok: false, problems: mapZodIssues(result.error.issues) };
}

function refuse(message: string): ParseBenchmarkRunResult {
  return { ok: false, problems: [{ pointer: "", message }] };
}

function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: BenchmarkProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : "invalid JSON";
    return { ok: false, problem: { pointer: "", message: `The input is text but not JSON (${reason}). ${ACCEPTED}` } };
  }
}

function describeTopLevel(value: unknown): string {
  if (value === null) return "got null";
  if (Array.isArray(value)) return "got an array, expected an object";
  if (typeof value !== "object") return `got a ${typeof value}, expected an object`;
  const keys = Object.keys(value)
    .slice(0, 8)
    .map((key) => JSON.stringify(key.slice(0, 40)));
  return keys.length === 0 ? "got an empty object" : `got an object with keys ${keys.join(", ")}`;
}
