import {
  ZCriterionBenchmarkJson,
  ZCriterionEstimatesJson,
  ZCriterionSampleJson,
  type TCriterionBundle,
} from "./criterion-bundle-schema";
import { mapZodIssues } from "./map-zod-issues";
import { summarizeTimings } from "./summarize-timings";
import type { BenchmarkProblem, BenchmarkQuery, BenchmarkRun } from "./types";

const FILE_NAMES = ["benchmark.json", "sample.json", "estimates.json"] as const;

/**
 * criterion output -> BenchmarkRun. Each benchmark folder `<id…>/<baseline>/` must hold
 * benchmark.json and sample.json (estimates.json is optional: it is criterion's own summary, and
 * every sample is kept instead). One query per benchmark, named by criterion's full id
 * (`tpch/Q01_sf1`), one iteration per sample: `times[i] / iters[i]` ns per iteration, in ms.
 */
export function normalizeCriterionBundle(
  bundle: TCriterionBundle,
): { ok: true; run: BenchmarkRun } | { ok: false; problems: BenchmarkProblem[] } {
  const { baseline, files } = bundle.criterion;
  const folders = new Map<string, Partial<Record<(typeof FILE_NAMES)[number], { content: unknown; index: number }>>>();
  files.forEach((file, index) => {
    const parts = file.path.replace(/\\/g, "/").split("/").filter(Boolean);
    const name = parts.at(-1) as (typeof FILE_NAMES)[number];
    // Only the chosen baseline's files; `report/`, `change/` and other baselines are ignored.
    if (parts.at(-2) !== baseline || !FILE_NAMES.includes(name) || parts.includes("report")) return;
    const dir = parts.slice(0, -2).join("/");
    folders.set(dir, { ...folders.get(dir), [name]: { content: file.content, index } });
  });
  const problems: BenchmarkProblem[] = [];
  const queries: BenchmarkQuery[] = [];
  const groups = new Set<string>();
  for (const [dir, found] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    if (!found["benchmark.json"] || !found["sample.json"]) {
      const missing = !found["sample.json"] ? "sample.json" : "benchmark.json";
      problems.push({ pointer: "/criterion/files", message: `${dir}/${baseline}/ has no ${missing}` });
      continue;
    }
    const at = (name: (typeof FILE_NAMES)[number]) => `/criterion/files/${found[name]?.index}/content`;
    const benchmark = ZCriterionBenchmarkJson.safeParse(found["benchmark.json"].content);
    const sample = ZCriterionSampleJson.safeParse(found["sample.json"].content);
    const estimates = found["estimates.json"]
      ? ZCriterionEstimatesJson.safeParse(found["estimates.json"].content)
      : null;
    for (const [name, result] of [
      ["benchmark.json", benchmark],
      ["sample.json", sample],
      ["estimates.json", estimates],
    ] as const) {
      if (result && !result.success)
        problems.push(...mapZodIssues(result.error.issues).map((p) => ({ ...p, pointer: `${at(name)}${p.pointer}` })));
    }
    if (!benchmark.success || !sample.success) continue;
    groups.add(benchmark.data.group_id);
    const iterationsMs = sample.data.times.map((ns, i) => ns / (sample.data.iters[i] as number) / 1e6);
    const timing = summarizeTimings(iterationsMs);
    queries.push({
      queryId: benchmark.data.full_id,
      position: queries.length,
      status: timing.status,
      iterationsMs,
      medianMs: timing.medianMs,
      minMs: timing.minMs,
      rowCount: null,
      rowCountVaries: false,
      failedIterations: 0,
    });
  }
  if (folders.size === 0)
    problems.push({
      pointer: "/criterion/baseline",
      message: `no benchmark has a ${baseline}/ folder with benchmark.json and sample.json`,
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    run: {
      format: "criterion",
      engineVersion: null,
      startedAt: null,
      machine: null,
      system: null,
      benchmark: [...groups].join(", "),
      queries,
    },
  };
}
