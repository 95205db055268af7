// The ingestion API over real HTTP against the built app and a real Postgres (run-e2e.mjs).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createLaneAsLead, latencyTarget, uniqueSlug } from "./factories/lanes";
import { sql } from "./support/db";
import { dfbench } from "./support/dfbench";
import { asPipeline, insertPipelineToken } from "./support/pipeline-token";

test.use(asPipeline);
test.beforeAll(insertPipelineToken);

const samples = new URL("../tests/fixtures/datafusion/", import.meta.url);
const readSample = (file: string) => readFileSync(new URL(file, samples), "utf8");

async function createRelease(request: APIRequestContext, slug: string, versionLabel: string) {
  const res = await request.post(`/api/v1/lanes/${slug}/releases`, {
    data: { versionLabel, engineVersion: "DataFusion 53.1.0" },
  });
  expect(res.status()).toBe(201);
}

const count = async (table: string, laneId: string) =>
  Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE "laneId" = $1`, [laneId]))[0]?.n);

test.describe("POST /api/v1/lanes/{slug}/benchmark-runs", () => {
  test("a candidate is compared with the latest baseline and records the latency KPI from the workload ratio", async ({
    request,
  }) => {
    const slug = uniqueSlug("bench");
    await createLaneAsLead({ slug, targets: latencyTarget(1000) });
    await createRelease(request, slug, "1.0.0");
    const first = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "BASELINE", result: dfbench({ "Query 1": 500, "Query 2": 500 }) },
    });
    expect(first.status()).toBe(201);
    // The latest baseline wins.
    const base = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "BASELINE", result: dfbench({ "Query 1": 100, "Query 2": 300 }) },
    });
    const baseBody = await base.json();
    const res = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: {
        role: "CANDIDATE",
        releaseLabel: "1.0.0",
        label: "ci#42",
        result: dfbench({ "Query 1": 60, "Query 2": 300 }),
      },
    });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.baselineRunId).toBe(baseBody.run.id);
    expect(body.comparison.queries.map((q: { queryId: string; verdict: string }) => [q.queryId, q.verdict])).toEqual([
      ["Query 1", "faster"],
      ["Query 2", "no_change"],
    ]);
    // Every sample counts: 5 iterations a side, Mann-Whitney p and the ratio's 95% interval.
    expect(body.comparison.queries[0].statistics).toMatchObject({
      ratio: expect.closeTo(0.6, 6),
      confidence: 0.95,
      baselineSamples: 5,
      candidateSamples: 5,
    });
    expect(body.comparison.queries[0].statistics.pValue).toBeLessThan(0.05);
    expect(body.comparison.queries[0].statistics.ciHigh).toBeLessThan(1);
    expect(body.comparison.workload.candidateTotalMs).toBeCloseTo(360, 6);
    // 1000 ms KPI baseline × 360 / 400, with the bootstrap interval of the ratio around it.
    expect(body.measurement).toMatchObject({ kpiKey: "p95_latency_ms", value: 900, source: "SHADOW" });
    expect(body.measurement.interval.low).toBeLessThan(900);
    expect(body.measurement.interval.high).toBeGreaterThan(900);
    const [row] = await sql<{
      benchmarkRunId: string;
      note: string;
      ciLow: string;
      ciHigh: string;
      confidence: string;
    }>(`SELECT "benchmarkRunId", note, "ciLow", "ciHigh", confidence FROM "Measurement" WHERE id = $1`, [
      body.measurement.id,
    ]);
    expect(row?.benchmarkRunId).toBe(body.run.id);
    expect(Number(row?.ciLow)).toBeCloseTo(body.measurement.interval.low, 3);
    expect(Number(row?.ciHigh)).toBeCloseTo(body.measurement.interval.high, 3);
    expect(Number(row?.confidence)).toBe(0.95);
    expect(row?.note).toMatch(/over 2 queries/);
  });

  test("a candidate with a failed query records no measurement and says why", async ({ request }) => {
    const slug = uniqueSlug("bench-failed");
    await createLaneAsLead({ slug, targets: latencyTarget() });
    await createRelease(request, slug, "1.0.0");
    await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "BASELINE", result: dfbench({ "Query 1": 100, "Query 2": 300 }) },
    });
    const res = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "CANDIDATE", releaseLabel: "1.0.0", result: dfbench({ "Query 1": 50, "Query 2": null }) },
    });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.run.failedQueries).toBe(1);
    expect(body.comparison.queries[1]).toMatchObject({
      queryId: "Query 2",
      verdict: "incomparable",
      incomparableReason: "candidate_failed",
    });
    expect(body.measurement).toBeNull();
    expect(body.measurementSkipped).toMatch(/1 query was not comparable/);
    expect(
      Number(
        (
          await sql<{ n: string }>(
            `SELECT count(*) n FROM "Measurement" m JOIN "Release" r ON r.id = m."releaseId" JOIN "Lane" l ON l.id = r."laneId" WHERE l.slug = $1`,
            [slug],
          )
        )[0]?.n,
      ),
    ).toBe(0);
  });

  test("a ClickBench result is accepted too", async ({ request }) => {
    const slug = uniqueSlug("bench-ck");
    await createLaneAsLead({ slug, targets: latencyTarget() });
    const result = JSON.parse(readSample("clickbench/datafusion__20260820__c6a.4xlarge.json")) as unknown;
    const res = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, { data: { role: "BASELINE", result } });
    expect(res.status()).toBe(201);
    expect((await res.json()).run).toMatchObject({ format: "clickbench", queries: 43 });
  });

  test("an idempotent retry returns the first result and writes nothing; the key with another body is refused", async ({
    request,
  }) => {
    const slug = uniqueSlug("bench-idem");
    const { id: laneId } = await createLaneAsLead({ slug, targets: latencyTarget() });
    const key = randomUUID();
    const data = { role: "BASELINE", result: dfbench({ "Query 1": 100 }) };
    const first = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data,
      headers: { "idempotency-key": key },
    });
    const retry = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data,
      headers: { "idempotency-key": key },
    });
    expect(first.status()).toBe(201);
    expect(retry.status()).toBe(201);
    expect(retry.headers()["idempotent-replayed"]).toBe("true");
    expect((await retry.json()).run.id).toBe((await first.json()).run.id);
    expect(await count("BenchmarkRun", laneId)).toBe(1);
    const audits = await sql(`SELECT 1 FROM "AuditEvent" WHERE "laneId" = $1 AND action = 'benchmark_run.push'`, [
      laneId,
    ]);
    expect(audits).toHaveLength(1);
    const other = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { ...data, label: "other" },
      headers: { "idempotency-key": key },
    });
    expect(other.status()).toBe(409);
    expect((await other.json()).code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await count("BenchmarkRun", laneId)).toBe(1);
  });

  test("bad input is refused with JSON pointers, and nothing is stored", async ({ request }) => {
    const slug = uniqueSlug("bench-bad");
    const { id: laneId } = await createLaneAsLead({ slug, targets: latencyTarget() });
    const notBench = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "BASELINE", result: { rows: [1, 2] } },
    });
    expect(notBench.status()).toBe(400);
    const problem = await notBench.json();
    expect(problem.code).toBe("INVALID_BENCHMARK_RUN");
    expect(problem.invalid_params[0].pointer).toBe("/result");
    expect(problem.invalid_params[0].message).toMatch(/Not a recognised benchmark result/);
    const badIteration = dfbench({ "Query 1": 100 });
    (badIteration.queries[0]?.iterations[1] as { elapsed: unknown }).elapsed = "fast";
    const deep = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "BASELINE", result: badIteration },
    });
    expect(deep.status()).toBe(400);
    expect((await deep.json()).invalid_params.map((p: { pointer: string }) => p.pointer)).toContain(
      "/result/queries/0/iterations/1/elapsed",
    );
    const badRole = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, { data: { role: "MAIN", result: {} } });
    expect((await badRole.json()).invalid_params.map((p: { pointer: string }) => p.pointer)).toContain("/role");
    const baselineForRelease = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "BASELINE", releaseLabel: "1.0.0", result: dfbench({ q: 1 }) },
    });
    expect((await baselineForRelease.json()).invalid_params).toEqual([
      expect.objectContaining({ pointer: "/releaseLabel" }),
    ]);
    expect(await count("BenchmarkRun", laneId)).toBe(0);
  });

  test("404 for an unknown lane or release, 409 for a candidate without a baseline", async ({ request }) => {
    const missingLane = await request.post(`/api/v1/lanes/no-such-lane-${Date.now()}/benchmark-runs`, {
      data: { role: "BASELINE", result: dfbench({ q: 1 }) },
    });
    expect(missingLane.status()).toBe(404);
    const slug = uniqueSlug("bench-404");
    await createLaneAsLead({ slug, targets: latencyTarget() });
    const missingRelease = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "CANDIDATE", releaseLabel: "9.9.9", result: dfbench({ q: 1 }) },
    });
    expect(missingRelease.status()).toBe(404);
    expect((await missingRelease.json()).invalid_params[0].pointer).toBe("/releaseLabel");
    await createRelease(request, slug, "1.0.0");
    const noBaseline = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: { role: "CANDIDATE", releaseLabel: "1.0.0", result: dfbench({ q: 1 }) },
    });
    expect(noBaseline.status()).toBe(409);
    expect((await noBaseline.json()).code).toBe("NO_BASELINE_RUN");
  });

  test("413 over the 5 MiB limit before the body is parsed, 415 for a body that is not JSON", async ({ request }) => {
    const slug = uniqueSlug("bench-size");
    await createLaneAsLead({ slug, targets: latencyTarget() });
    // Not even JSON: a 400 would mean the server parsed it.
    const huge = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: "x".repeat(5 * 1024 * 1024 + 1),
      headers: { "content-type": "application/json" },
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).code).toBe("PAYLOAD_TOO_LARGE");
    const text = await request.post(`/api/v1/lanes/${slug}/benchmark-runs`, {
      data: "role=BASELINE",
      headers: { "content-type": "text/plain" },
    });
    expect(text.status()).toBe(415);
    expect(text.headers()["content-type"]).toMatch(/application\/problem\+json/);
  });
});

test.describe("POST /api/v1/lanes/{slug}/plans and GET .../plans/diff", () => {
  test("every sample EXPLAIN file is stored with its detected format and no error", async ({ request }) => {
    // Dozens of uploads: beside another worker on two shared cores this takes longer than 30 s.
    test.setTimeout(120_000);
    const slug = uniqueSlug("plans-samples");
    const { id: laneId } = await createLaneAsLead({ slug, targets: latencyTarget() });
    const manifest = JSON.parse(readSample("manifest.json")) as { files: { file: string; format: string }[] };
    const plans = manifest.files.filter((f) => f.file.startsWith("plans/"));
    expect(plans.length).toBeGreaterThan(50);
    for (const sample of plans) {
      const res = await request.post(`/api/v1/lanes/${slug}/plans`, {
        data: { queryName: sample.file, text: readSample(sample.file) },
      });
      expect(res.status(), sample.file).toBe(201);
      const body = await res.json();
      expect(body.format, sample.file).toBe(sample.format);
      expect(body.readable, sample.file).toBe(true);
      expect(
        body.problems.filter((p: { severity: string }) => p.severity === "error"),
        sample.file,
      ).toEqual([]);
    }
    expect(await count("PlanSnapshot", laneId)).toBe(plans.length);
  });

  test("unreadable text is kept and flagged with line and reason, never refused", async ({ request }) => {
    const slug = uniqueSlug("plans-bad");
    await createLaneAsLead({ slug, targets: latencyTarget() });
    const text = "this is not a plan\n  at all ¯\\_(ツ)_/¯";
    const res = await request.post(`/api/v1/lanes/${slug}/plans`, { data: { queryName: "q-garbage", text } });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ format: "unknown", readable: false });
    expect(body.problems[0]).toMatchObject({
      line: expect.any(Number),
      message: expect.any(String),
      severity: "error",
    });
    const [row] = await sql<{ rawText: string; format: string }>(
      `SELECT "rawText", format FROM "PlanSnapshot" WHERE id = $1`,
      [body.id],
    );
    expect(row).toEqual({ rawText: text, format: "unknown" });
  });

  test("plan input errors: 400 with pointers, 404, 413 over 2 MiB, 415, idempotent retry", async ({ request }) => {
    const slug = uniqueSlug("plans-err");
    const { id: laneId } = await createLaneAsLead({ slug, targets: latencyTarget() });
    const bad = await request.post(`/api/v1/lanes/${slug}/plans`, { data: { queryName: "", text: "" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).invalid_params.map((p: { pointer: string }) => p.pointer).sort()).toEqual([
      "/queryName",
      "/text",
    ]);
    const badDate = await request.post(`/api/v1/lanes/${slug}/plans`, {
      data: { queryName: "q", text: "x", capturedAt: "yesterday" },
    });
    expect((await badDate.json()).invalid_params[0].pointer).toBe("/capturedAt");
    const noRelease = await request.post(`/api/v1/lanes/${slug}/plans`, {
      data: { queryName: "q", text: "x", releaseLabel: "0.0.1" },
    });
    expect(noRelease.status()).toBe(404);
    const huge = await request.post(`/api/v1/lanes/${slug}/plans`, {
      data: { queryName: "q", text: "x".repeat(2 * 1024 * 1024) },
    });
    expect(huge.status()).toBe(413);
    const plain = await request.post(`/api/v1/lanes/${slug}/plans`, {
      data: "ProjectionExec: expr=[a]",
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status()).toBe(415);
    expect(await count("PlanSnapshot", laneId)).toBe(0);
    const key = randomUUID();
    const data = { queryName: "q1", text: readSample("plans/indent-tpch_plans_q1-1.txt") };
    const first = await request.post(`/api/v1/lanes/${slug}/plans`, { data, headers: { "idempotency-key": key } });
    const retry = await request.post(`/api/v1/lanes/${slug}/plans`, { data, headers: { "idempotency-key": key } });
    expect((await retry.json()).id).toBe((await first.json()).id);
    const reused = await request.post(`/api/v1/lanes/${slug}/plans`, {
      data: { ...data, queryName: "q2" },
      headers: { "idempotency-key": key },
    });
    expect(reused.status()).toBe(409);
    expect(await count("PlanSnapshot", laneId)).toBe(1);
  });

  test("the diff compares a release's plan with the previous release's by default", async ({ request }) => {
    const slug = uniqueSlug("plans-diff");
    await createLaneAsLead({ slug, targets: latencyTarget() });
    // The manifest's before/after pair where a RoundRobinBatch repartition went away.
    const before = { file: "plans/indent-tpch_plans_q5-2.txt" };
    const after = { file: "plans/indent-tpch_plans_q5-3.txt" };
    for (const [label, file, at] of [
      ["1.0.0", before.file, "2026-11-01T00:00:00Z"],
      ["1.1.0", after.file, "2026-11-10T00:00:00Z"],
      ["1.2.0", after.file, "2026-11-20T00:00:00Z"],
    ] as const) {
      await createRelease(request, slug, label);
      const res = await request.post(`/api/v1/lanes/${slug}/plans`, {
        data: { queryName: "q", releaseLabel: label, text: readSample(file), capturedAt: at },
      });
      expect(res.status()).toBe(201);
    }
    const diff = await request.get(`/api/v1/lanes/${slug}/plans/diff?query=q&release=1.1.0`);
    expect(diff.status()).toBe(200);
    const body = await diff.json();
    expect(body.before.releaseLabel).toBe("1.0.0");
    expect(body.diff.plan.hasChanges).toBe(true);
    expect(body.diff.summary.length).toBeGreaterThan(0);
    const same = await (await request.get(`/api/v1/lanes/${slug}/plans/diff?query=q&release=1.2.0`)).json();
    expect(same.before.releaseLabel).toBe("1.1.0");
    expect(same.diff.plan.hasChanges).toBe(false);
    const explicit = await (
      await request.get(`/api/v1/lanes/${slug}/plans/diff?query=q&release=1.2.0&against=1.0.0`)
    ).json();
    expect(explicit.diff.plan.hasChanges).toBe(true);
    const first = await request.get(`/api/v1/lanes/${slug}/plans/diff?query=q&release=1.0.0`);
    expect(first.status()).toBe(404);
    expect((await first.json()).invalid_params[0].pointer).toBe("/query/against");
    const missing = await request.get(`/api/v1/lanes/${slug}/plans/diff?release=1.0.0`);
    expect(missing.status()).toBe(400);
    expect((await missing.json()).invalid_params[0].pointer).toBe("/query/query");
  });
});

test("GET /api/v1/openapi.json is an OpenAPI 3.1 document listing the ingestion routes", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/lanes/{slug}/benchmark-runs",
      "/lanes/{slug}/plans",
      "/lanes/{slug}/plans/diff",
      "/lanes/{slug}/readiness",
    ]),
  );
});
