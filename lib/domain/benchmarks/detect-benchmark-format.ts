import type { BenchmarkFormat } from "./types";

// Keys that only one of the two formats has at its top level. Detection looks at keys, not at
// validity, so a broken file of a known format gets that format's precise problems ("result must
// have 43 rows") instead of a vague "not a benchmark file".
const MARKERS: Record<BenchmarkFormat, readonly string[]> = {
  dfbench: ["context", "queries"],
  clickbench: ["result", "system", "machine"],
  criterion: ["criterion"],
};

export type DetectedFormat = { kind: "format"; format: BenchmarkFormat } | { kind: "unknown" } | { kind: "ambiguous" };

/** Which benchmark format a parsed JSON value claims to be, from its top-level keys. */
export function detectBenchmarkFormat(value: unknown): DetectedFormat {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { kind: "unknown" };
  const claims = (Object.keys(MARKERS) as BenchmarkFormat[]).filter((format) =>
    MARKERS[format].some((key) => Object.hasOwn(value, key)),
  );
  const [only, ...others] = claims;
  if (only === undefined) return { kind: "unknown" };
  if (others.length > 0) return { kind: "ambiguous" };
  return { kind: "format", format: only };
}
