// `npm run bench`: CPU cost of the pure hot paths, printed as figures (never asserted in tests).
// - readiness: evaluateLane over synthetic lanes of growing size (the readiness page evaluates
//   every lane on each load);
// - plans: parseExplain over every sample EXPLAIN file, and diffPlans over the before/after pairs;
// - benchmarks: parseBenchmarkRun over the ClickBench sample files.
// The DataFusion plans and ClickBench results are the repository's own fixtures
// (tests/fixtures/datafusion).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evaluateLane } from "@/lib/domain/readiness/evaluate-lane";
import type { LaneData, Release } from "@/lib/domain/readiness/types";
import { DEFAULT_KPI_TARGETS, DEFAULT_POLICY } from "@/lib/domain/readiness/constants";
import { parseExplain } from "@/lib/domain/plans/parse-explain";
import { pickMainPlan } from "@/lib/domain/plans/pick-main-plan";
import { diffPlans } from "@/lib/domain/plans/diff-plans";
import { diffExplains } from "@/lib/domain/plans/diff-explains";
import type { PlanNode } from "@/lib/domain/plans/plan-types";
import { parseBenchmarkRun } from "@/lib/domain/benchmarks/parse-benchmark-run";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const samples = path.resolve(root, "tests/fixtures/datafusion");

function time(label: string, iterations: number, fn: () => void) {
  for (let i = 0; i < Math.min(iterations, 20); i += 1) fn(); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${label.padEnd(58)} ${(ms / iterations).toFixed(3).padStart(10)} ms/op  (${iterations} ops, ${ms.toFixed(0)} ms)`,
  );
  return ms / iterations;
}

function syntheticLane(releases: number): LaneData {
  const now = Date.UTC(2026, 10, 25);
  const day = 86_400_000;
  const list: Release[] = Array.from({ length: releases }, (_, i) => {
    const deployed = new Date(now - (releases - i) * 10 * day);
    return {
      id: `r${i}`,
      versionLabel: `2026.${i}`,
      engineVersion: "53.1.0",
      deployedAt: deployed,
      observationEndsAt: new Date(deployed.getTime() + 7 * day),
      rolledBackAt: null,
      measurements: Array.from({ length: 6 }, (_, m) => ({
        id: `m${i}-${m}`,
        kpiKey: m % 2 ? "result_mismatches" : "p95_latency_ms",
        value: m % 2 ? 0 : 3000 + m,
        source: m === 0 ? "SYNTHETIC" : "PRODUCTION",
        takenAt: new Date(deployed.getTime() + m * day),
        invalidatedAt: null,
      })),
      incidents: [
        { id: `i${i}`, ref: `INC-${i}`, severity: "P3", title: "noise", openedAt: deployed, resolvedAt: deployed },
      ],
      regressions: [
        {
          id: `g${i}`,
          summary: "spill",
          detectedAt: deployed,
          recoveredAt: new Date(deployed.getTime() + 600_000),
          recoveredByRollback: false,
          attributedTo: "EXECUTOR",
        },
      ],
    };
  });
  const person = { id: "p", name: "Owner" };
  return {
    id: "lane",
    slug: "lane",
    name: "Lane",
    stage: "PRODUCTION",
    leftProposedAt: new Date(now - 400 * day),
    policy: DEFAULT_POLICY,
    targetVersions: [
      {
        version: 1,
        effectiveFrom: new Date(now - 500 * day),
        // DESIGN's default targets, with the baseline a real lane measures first.
        targets: DEFAULT_KPI_TARGETS.map((t) => (t.kpiKey === "p95_latency_ms" ? { ...t, baseline: 4200 } : t)),
      },
    ],
    assignments: [
      { role: "PLANNER", person, assignedAt: new Date(now - 450 * day), endedAt: null },
      { role: "EXECUTOR", person, assignedAt: new Date(now - 450 * day), endedAt: null },
    ],
    releases: list,
    rollbackDesign: {
      runbookUrl: "https://runbooks.example/x",
      rollbackTarget: "warehouse",
      drills: [{ performedAt: new Date(now - 10 * day), recoverySeconds: 400 }],
    },
    planSnapshots: [{ queryName: "q", capturedAt: new Date(now - 450 * day) }],
    overrides: [],
  };
}

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
console.log("Readiness gate (pure)");
const now = new Date(Date.UTC(2026, 10, 25));
const perRelease: number[] = [];
for (const releases of [2, 10, 50, 200]) {
  const lane = syntheticLane(releases);
  perRelease.push(
    time(`evaluateLane, ${releases} releases x 6 measurements`, releases > 50 ? 200 : 2000, () =>
      evaluateLane({ lane, now }),
    ) / releases,
  );
}
console.log(
  `  cost per release: ${perRelease.map((v) => (v * 1000).toFixed(1)).join(" / ")} µs (flat = linear in releases)\n`,
);

console.log("DataFusion EXPLAIN parser");
const planFiles = readdirSync(path.join(samples, "plans")).filter((f) => f.endsWith(".txt"));
const texts = planFiles.map((f) => readFileSync(path.join(samples, "plans", f), "utf8"));
const totalKb = texts.reduce((n, t) => n + t.length, 0) / 1024;
const perCorpus = time(`parseExplain, all ${planFiles.length} sample files (${totalKb.toFixed(0)} KiB)`, 20, () => {
  for (const t of texts) parseExplain(t);
});
console.log(`  throughput: ${(totalKb / 1024 / (perCorpus / 1000)).toFixed(1)} MiB/s`);
const largest = texts.reduce((a, b) => (b.length > a.length ? b : a));
time(`parseExplain, largest file (${(largest.length / 1024).toFixed(0)} KiB)`, 50, () => parseExplain(largest));
const q5 = ["indent-tpch_plans_q5-2.txt", "indent-tpch_plans_q5-3.txt"].map(
  (f) => pickMainPlan(parseExplain(readFileSync(path.join(samples, "plans", f), "utf8")))?.root,
);
if (q5[0] && q5[1]) {
  const [before, after] = [q5[0], q5[1]];
  time("diffPlans, TPC-H q5 before/after (consecutive repartitions)", 200, () => diffPlans(before, after));
}

// Two ~500-operator plans: the 22 TPC-H physical plans under one UnionExec, before and after four
// real DataFusion changes (q1 CsvExec renamed, q5 repartitions, q9 coalesce, q18 aggregates).
const physicalOf = (file: string) =>
  pickMainPlan(parseExplain(readFileSync(path.join(samples, "plans", file), "utf8")))?.text ?? "";
const unionOf = (files: string[]) =>
  [
    "UnionExec",
    ...files.flatMap((f) =>
      physicalOf(f)
        .split("\n")
        .map((line) => `  ${line}`),
    ),
  ].join("\n");
const tpch = Array.from({ length: 22 }, (_, i) => `indent-tpch_plans_q${i + 1}-1.txt`);
const bigBefore = pickMainPlan(parseExplain(unionOf(tpch.map((f) => f.replace(/q(1|5|9|18)-1/, "q$1-2")))))?.root;
const bigAfter = pickMainPlan(parseExplain(unionOf(tpch.map((f) => f.replace(/q(1|5|9|18)-1/, "q$1-3")))))?.root;
const bigCopy = pickMainPlan(parseExplain(unionOf(tpch.map((f) => f.replace(/q(1|5|9|18)-1/, "q$1-2")))))?.root;
if (bigBefore && bigAfter && bigCopy) {
  const size = (n: PlanNode): number => 1 + n.children.reduce((s, c) => s + size(c), 0);
  const label = `${size(bigBefore)} vs ${size(bigAfter)} operators`;
  const changed = time(`diffPlans, 22 TPC-H plans under a UnionExec, ${label}`, 50, () =>
    diffPlans(bigBefore, bigAfter),
  );
  const same = time(`diffPlans, the same 22 plans, identical text (${size(bigBefore)} operators)`, 200, () =>
    diffPlans(bigBefore, bigCopy),
  );
  const floor = time(`  floor: parseExplain of one side (${size(bigBefore)} operators)`, 50, () =>
    parseExplain(unionOf(tpch)),
  );
  console.log(
    `  changed diff = ${(changed / floor).toFixed(1)}x one parse; identical diff = ${(same / floor).toFixed(2)}x one parse`,
  );
}
// Reruns of the same LanceDB query in two folders: masked to "no plan change".
const lance = path.resolve(root, "tests/fixtures/lancedb/lancedb-0.39.0");
const rerun = ["run-a", "run-b"].map((run) =>
  parseExplain(readFileSync(path.join(lance, run, "vector-prefilter--appended.analyze.txt"), "utf8")),
);
if (rerun[0] && rerun[1]) {
  const [a, b] = [rerun[0], rerun[1]];
  time("diffExplains, LanceDB ANALYZE rerun in another folder (DataFusion 54)", 200, () => diffExplains(a, b));
}

console.log("\nBenchmark results");
for (const f of readdirSync(path.join(samples, "clickbench")).filter((x) => x.endsWith(".json"))) {
  const json = JSON.parse(readFileSync(path.join(samples, "clickbench", f), "utf8")) as unknown;
  time(`parseBenchmarkRun, ${f}`, 500, () => parseBenchmarkRun(json));
}
