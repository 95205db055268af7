// The lanegate CLI against the running app: what a pipeline does, with the exit codes it relies on.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import {
  asLead,
  createLane,
  createLaneAsLead,
  deployRelease,
  holdLane,
  latencyTarget,
  READY_LANE,
  recordMeasurement,
  uniqueSlug,
} from "./factories/lanes";
import { sql } from "./support/db";
import { dfbench } from "./support/dfbench";
import { PIPELINE_TOKEN, asPipeline, insertPipelineToken } from "./support/pipeline-token";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const samples = path.resolve(root, "tests/fixtures/datafusion/plans");

function lanegate(baseURL: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "scripts/lanegate.mjs"), ...args], {
    env: { ...process.env, LANEGATE_URL: baseURL, LANEGATE_TOKEN: PIPELINE_TOKEN },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test.use(asPipeline);
test.beforeAll(insertPipelineToken);
test("a pipeline pushes a baseline, a candidate and EXPLAIN files, and a retried push records nothing twice", async ({
  request,
  baseURL,
}) => {
  const url = baseURL ?? "";
  const slug = uniqueSlug("cli");
  const { id: laneId } = await createLaneAsLead({ slug, targets: latencyTarget(2000) });
  expect(
    (
      await request.post(`/api/v1/lanes/${slug}/releases`, {
        data: { versionLabel: "2.0.0", engineVersion: "DataFusion 53.1.0" },
      })
    ).status(),
  ).toBe(201);
  const dir = mkdtempSync(path.join(tmpdir(), "lanegate-cli-"));
  const baseline = path.join(dir, "main.json");
  const candidate = path.join(dir, "branch.json");
  writeFileSync(baseline, JSON.stringify(dfbench({ "Query 1": 200, "Query 2": 300 })));
  writeFileSync(candidate, JSON.stringify(dfbench({ "Query 1": 100, "Query 2": 300 })));

  const base = lanegate(url, "bench", "push", "--lane", slug, "--role", "baseline", baseline);
  expect(base.err).toBe("");
  expect(base.code).toBe(0);
  expect(base.out).toMatch(/^Pushed baseline run \S+ \(dfbench, 2 queries, 0 failed\)/);

  const cand = lanegate(url, "bench", "push", "--lane", slug, "--role", "candidate", "--release", "2.0.0", candidate);
  expect(cand.code).toBe(0);
  expect(cand.out).toMatch(
    /Workload vs baseline: 400\.0 ms vs 500\.0 ms over 2 queries \(-20\.0%, 95% CI -2\d\.\d% to -1\d\.\d%, faster\)/,
  );
  expect(cand.out).toMatch(/ {2}Query 1: faster -50\.0% \(95% CI .+, p = 0\.0079, 5 vs 5 samples\)/);
  expect(cand.out).toMatch(
    /Recorded p95_latency_ms = 1600 \(95% CI \d+(\.\d+)? to \d+(\.\d+)?\) \(SHADOW\) for release 2\.0\.0/,
  );
  const again = lanegate(url, "bench", "push", "--lane", slug, "--role", "candidate", "--release", "2.0.0", candidate);
  expect(again.out).toMatch(/^Already pushed candidate run/);
  expect(
    Number((await sql<{ n: string }>(`SELECT count(*) n FROM "BenchmarkRun" WHERE "laneId" = $1`, [laneId]))[0]?.n),
  ).toBe(2);

  const plans = lanegate(
    url,
    "plans",
    "push",
    "--lane",
    slug,
    "--release",
    "2.0.0",
    path.join(samples, "indent-tpch_plans_q1-1.txt"),
    path.join(samples, "tree-explain_tree-10.txt"),
  );
  expect(plans.code).toBe(0);
  expect(plans.out).toMatch(/Pushed plan indent-tpch_plans_q1-1 \(indent, \d+ operators\)/);
  expect(plans.out).toMatch(/Pushed plan tree-explain_tree-10 \(tree, \d+ operators\)/);
  const names = await sql<{ queryName: string }>(
    `SELECT "queryName" FROM "PlanSnapshot" WHERE "laneId" = $1 ORDER BY "queryName"`,
    [laneId],
  );
  expect(names.map((n) => n.queryName)).toEqual(["indent-tpch_plans_q1-1", "tree-explain_tree-10"]);
});

test("criterion output from a real cargo bench is pushed as baseline and candidate, with verdicts and the KPI interval", async ({
  request,
  baseURL,
}, testInfo) => {
  const url = baseURL ?? "";
  const slug = uniqueSlug("cli-criterion");
  await createLaneAsLead({ slug, targets: latencyTarget(2000) });
  for (const label of ["3.0.0", "3.0.1"]) {
    const res = await request.post(`/api/v1/lanes/${slug}/releases`, {
      data: { versionLabel: label, engineVersion: "DataFusion 54.1.0" },
    });
    expect(res.status()).toBe(201);
  }
  const folder = path.join(root, "tests/fixtures/criterion/target/criterion");
  const push = (...args: string[]) => lanegate(url, "bench", "push", "--lane", slug, "--criterion", folder, ...args);
  const base = push("--role", "baseline", "--baseline", "main");
  expect(base.err).toBe("");
  expect(base.out).toMatch(/^Pushed baseline run \S+ \(criterion, 22 queries, 0 failed\)/);

  // A/A: the same code run again is no significant change for (nearly) every query.
  const aa = push("--role", "candidate", "--release", "3.0.0", "--baseline", "main-again");
  expect(aa.code).toBe(0);
  const unchanged = Number(/(\d+) no significant change/.exec(aa.out)?.[1]);
  expect(unchanged).toBeGreaterThanOrEqual(21);

  const changed = push("--role", "candidate", "--release", "3.0.1", "--baseline", "branch");
  expect(changed.code).toBe(0);
  expect(changed.out).toMatch(/ {2}tpch\/Q01_sf1: faster -\d\d\.\d% \(95% CI .+, p = .+, 10 vs 10 samples\)/);
  expect(changed.out).toMatch(/ {2}tpch\/Q18_sf1: slower \+\d+\.\d% \(95% CI/);
  expect(changed.out).toMatch(
    /Recorded p95_latency_ms = [\d.]+ \(95% CI [\d.]+ to [\d.]+\) \(SHADOW\) for release 3\.0\.1/,
  );
  const [row] = await sql<{ n: string }>(
    `SELECT count(*) n FROM "Measurement" m JOIN "Release" r ON r.id = m."releaseId" JOIN "Lane" l ON l.id = r."laneId" WHERE l.slug = $1 AND m."ciLow" IS NOT NULL`,
    [slug],
  );
  expect(Number(row?.n)).toBe(2);
  writeFileSync(testInfo.outputPath("criterion-cli-session.txt"), [base.out, aa.out, changed.out].join("\n"));

  const wrong = push("--role", "baseline", "--baseline", "nope");
  expect(wrong.code).toBe(3);
  expect(wrong.err).toContain("has a nope/ folder");
});

test("bad input gets the server's problem sentence and field pointers, exit 3", async ({ baseURL }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "lanegate-cli-"));
  const file = path.join(dir, "not-bench.json");
  writeFileSync(file, JSON.stringify({ hello: "world" }));
  const slug = uniqueSlug("cli-bad");
  await createLaneAsLead({ slug, targets: latencyTarget() });
  const r = lanegate(baseURL ?? "", "bench", "push", "--lane", slug, "--role", "baseline", file);
  expect(r.code).toBe(3);
  expect(r.err).toContain(
    "The benchmark result is not a DataFusion benchmark JSON this API accepts. (HTTP 400, INVALID_BENCHMARK_RUN)",
  );
  expect(r.err).toContain('/result: Not a recognised benchmark result (got an object with keys "hello")');
  const missing = lanegate(baseURL ?? "", "bench", "push", "--lane", slug, file);
  expect(missing).toMatchObject({ code: 3, err: "lanegate: --role is required (see lanegate --help)\n" });
});

test("the gate prints verdict, streak and reasons, and exits 0 READY, 1 HOLD, 2 STOP, 3 unknown lane", async ({
  baseURL,
}) => {
  const url = baseURL ?? "";
  // Lanes of each verdict, built through the API for this test.
  const readyLane = await createLaneAsLead({ ...READY_LANE, prefix: "gate-ready", stage: "SHADOW" });
  const holdLane_ = await createLaneAsLead({ ...holdLane("NO_PLAN_SNAPSHOTS"), prefix: "gate-hold" });
  const stopLane = await asLead(async (lead) => {
    const lane = await createLane(lead, { ...READY_LANE, stableReleases: 1, prefix: "gate-stop" });
    await deployRelease(lead, lane.slug, "2.0.0");
    await recordMeasurement(lead, lane.slug, "2.0.0", "p95_latency_ms", 4900);
    return lane;
  });
  const ready = lanegate(url, "gate", "--lane", readyLane.slug);
  expect(ready.code).toBe(0);
  expect(ready.out).toMatch(new RegExp(`^${readyLane.name} \\(${readyLane.slug}, SHADOW\\): READY, streak 2/2`));
  const hold = lanegate(url, "gate", "--lane", holdLane_.slug);
  expect(hold.code).toBe(1);
  expect(hold.out).toMatch(/: HOLD, streak \d\/\d\n  - .+/);
  const stop = lanegate(url, "gate", "--lane", stopLane.slug);
  expect(stop.code).toBe(2);
  expect(stop.out).toMatch(/: STOP, streak/);
  const unknown = lanegate(url, "gate", "--lane", "no-such-lane");
  expect(unknown.code).toBe(3);
  expect(unknown.err).toContain('Lane "no-such-lane" was not found. (HTTP 404, NOT_FOUND)');
});
