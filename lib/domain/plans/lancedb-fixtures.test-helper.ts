// Test-only access to tests/fixtures/lancedb: real EXPLAIN / EXPLAIN ANALYZE output of four
// DataFusion versions embedded in @lancedb/lancedb (see that folder's README and manifest.json).
import { z } from "zod";

export const LANCEDB_URL = new URL("../../../tests/fixtures/lancedb/", import.meta.url);

const ZEntry = z.object({
  file: z.string().nullable(),
  scenario: z.string(),
  stage: z.enum(["plain", "indexed", "appended"]),
  mode: z.enum(["explain", "analyze"]),
  run: z.enum(["run-a", "run-b"]),
  lancedb: z.string(),
  datafusion: z.string(),
});
export type LancedbPlan = z.infer<typeof ZEntry> & { file: string };

export function openLancedbFixtures(readText: (url: URL) => string) {
  const manifest = z
    .object({ files: z.array(ZEntry) })
    .parse(JSON.parse(readText(new URL("manifest.json", LANCEDB_URL))));
  const plans = manifest.files.filter((f): f is LancedbPlan => f.file !== null);
  const read = (file: string) => readText(new URL(file, LANCEDB_URL));
  const find = (where: Partial<Omit<LancedbPlan, "file">>) =>
    plans.filter((p) => Object.entries(where).every(([k, v]) => p[k as keyof LancedbPlan] === v));
  return { plans, read, find };
}

/** Metric entries as printed: every `name=value` inside `metrics=[...]`, and `elapsed=` / `cumulative_cpu=` beside it. */
export function countPrintedMetrics(line: string): number {
  let count = 0;
  const inner = /metrics=\[(.*?)\](?=,|$)/.exec(line)?.[1]?.trim();
  if (inner) count += inner.split(/, (?=[A-Za-z_][\w]*=)/).length;
  count += (line.match(/(?:^|[\s,])(?:elapsed|cumulative_cpu)=\d/g) ?? []).length;
  return count;
}
