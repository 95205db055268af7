import "server-only";
import { parseBenchmarkRun } from "@/lib/domain/benchmarks/parse-benchmark-run";
import type { Db } from "@/lib/server/db-types";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

const DAY_MS = 86_400_000;
const LANE = "nightly-revenue-rollup";
const RELEASE = "2026.11.1";

/** Per-query medians (ms) of the demo's nightly rollup queries: baseline (DataFusion 53.0.0) and the 2026.11.1 candidate. */
const QUERIES: Array<[name: string, baselineMs: number, candidateMs: number, rows: number]> = [
  ["revenue_by_region", 812, 655, 1_464],
  ["revenue_by_day", 431, 402, 366],
  ["refunds_by_reason", 276, 281, 24],
  ["top_customers", 1_204, 1_318, 100],
  ["orders_by_channel", 188, 150, 7],
  ["tax_by_jurisdiction", 642, 520, 212],
];

/** A dfbench `-o` file as the runner writes it: five iterations around each median (enough for a verdict with confidence). */
function dfbench(version: string, startTime: number, pick: (q: (typeof QUERIES)[number]) => number) {
  return {
    context: {
      benchmark_version: version,
      datafusion_version: version,
      num_cpus: 16,
      start_time: startTime,
      arguments: ["tpch", "--iterations", "5", "--path", "/data/revenue", "-o", "results.json"],
    },
    queries: QUERIES.map((q) => ({
      query: q[0],
      iterations: [1.03, 1.01, 1, 0.99, 0.98].map((f) => ({
        elapsed: Math.round(pick(q) * f * 1000) / 1000,
        row_count: q[3],
      })),
      start_time: startTime,
      success: true,
    })),
  };
}

/**
 * Gives the READY demo lane a baseline benchmark run and a candidate run for release 2026.11.1 so
 * its release page shows a comparison. Rows are written directly, without a latency measurement,
 * so every demo lane keeps the verdict seed-demo gives it. Idempotent: skipped once the lane has runs.
 */
export async function seedBenchmarkDemo({ db, now }: { db: Db; now: Date }): Promise<{ created: boolean }> {
  const lane = await db.lane.findUnique({
    where: { slug: LANE },
    select: {
      id: true,
      benchmarkRuns: { select: { id: true }, take: 1 },
      releases: { where: { versionLabel: RELEASE }, select: { id: true } },
    },
  });
  const release = lane?.releases[0];
  if (!lane || !release || lane.benchmarkRuns.length > 0) return { created: false };
  const runs = [
    {
      role: "BASELINE" as const,
      releaseId: null,
      label: "main @ DataFusion 53.0.0",
      daysAgo: 30,
      raw: dfbench("53.0.0", 0, (q) => q[1]),
    },
    {
      role: "CANDIDATE" as const,
      releaseId: release.id,
      label: "release 2026.11.1 @ DataFusion 53.1.0",
      daysAgo: 25,
      raw: dfbench("53.1.0", 0, (q) => q[2]),
    },
  ];
  for (const spec of runs) {
    const at = new Date(now.getTime() - spec.daysAgo * DAY_MS);
    spec.raw.context.start_time = Math.floor(at.getTime() / 1000);
    const parsed = parseBenchmarkRun(spec.raw);
    if (!parsed.ok) throw new Error(`Demo benchmark run does not parse: ${parsed.problems[0]?.message}`);
    await db.benchmarkRun.create({
      data: {
        laneId: lane.id,
        releaseId: spec.releaseId,
        role: spec.role,
        format: parsed.run.format,
        label: spec.label,
        engineVersion: parsed.run.engineVersion,
        startedAt: parsed.run.startedAt,
        queries: toJsonValue(parsed.run.queries) ?? [],
        raw: toJsonValue(spec.raw) ?? {},
        createdAt: at,
      },
    });
  }
  return { created: true };
}
