import type * as z from "zod";
import type { BenchmarkProblem } from "./types";

/** A file that is wrong everywhere would otherwise produce thousands of problems; the first ones suffice. */
export const MAX_PROBLEMS = 50;

const REQUIRED = "is required but missing";
const MUST_BE = "must be";

/**
 * Zod issues -> problems with RFC 6901 JSON pointers ("/queries/3/iterations/0/elapsed"), the form
 * the API returns in problem+json `invalid_params`, so a CI author can find the bad value.
 */
export function mapZodIssues(issues: readonly z.core.$ZodIssue[]): BenchmarkProblem[] {
  const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => ({
    pointer: toJsonPointer(issue.path),
    message: withSubject(issue),
  }));
  if (issues.length > MAX_PROBLEMS) {
    problems.push({ pointer: "", message: `${issues.length - MAX_PROBLEMS} more problems not listed` });
  }
  return problems;
}

/**
 * Per-parse error map for the issues the schemas do not word themselves: wrong or missing types.
 * Zod's default ("Invalid input: expected number, received undefined") hides that a key is simply
 * missing. The path is not known here, so mapZodIssues puts the field name in front.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_type") return undefined;
  if (issue.input === undefined) return `${REQUIRED} (expected ${withArticle(issue.expected)})`;
  return `${MUST_BE} ${withArticle(issue.expected)}, got ${describeValue(issue.input)}`;
}

function withSubject(issue: z.core.$ZodIssue): string {
  const generic = issue.message.startsWith(REQUIRED) || issue.message.startsWith(MUST_BE);
  if (issue.code !== "invalid_type" || !generic) return issue.message;
  const last = issue.path.at(-1);
  const subject = last === undefined ? "the input" : typeof last === "number" ? `item ${last}` : String(last);
  return `${subject} ${issue.message}`;
}

function withArticle(expected: string): string {
  if (expected === "int") return "an integer";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function toJsonPointer(path: readonly PropertyKey[]): string {
  // RFC 6901: "~" is written "~0" and "/" is written "~1" inside a segment.
  return path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
