import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { ensureTestTeam, TEST_TEAM } from "@/tests/test-team";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { callRoute, signedInHeaders } from "@/tests/call-route";
import { laneFields, relativeLatency } from "@/tests/factories/inputs";

// Evidence that makes sense: every KPI number is checked against its unit at the API.
process.env.DATABASE_URL = inject("databaseUrl");

let db: PrismaClient;
let headers: Record<string, string>;
const uniq = () => Math.random().toString(36).slice(2, 8);
const latency = relativeLatency();
const laneBody = (slug: string, targets: unknown[]) => ({ slug, ...laneFields(`Domain ${slug}`), targets });

beforeAll(async () => {
  const { createTestDb } = await import("@/tests/test-db");
  db = createTestDb().db;
  await ensureTestTeam(db);
  ({ headers } = await signedInHeaders(db, "PLATFORM_LEAD"));
}, 120_000);
afterAll(() => db?.$disconnect());

describe("KPI targets are checked against their unit", () => {
  it.each([
    ["a relative target on a baseline of 0", [{ ...latency, baseline: 0 }], "/targets/0/baseline"],
    ["a negative latency baseline", [{ ...latency, baseline: -300 }], "/targets/0/baseline"],
    [
      "an absolute latency target of -300 ms",
      [{ ...latency, targetKind: "ABSOLUTE", targetValue: -300 }],
      "/targets/0/targetValue",
    ],
    [
      "a percentage stop above 100",
      [{ ...latency, unit: "%", baseline: 50, stop: { kind: "ABSOLUTE", value: 140 } }],
      "/targets/0/stop/value",
    ],
    [
      "a fractional count",
      [{ ...latency, unit: "queries", baseline: 0.5, targetKind: "ABSOLUTE", targetValue: 0 }],
      "/targets/0/baseline",
    ],
    ["a unit outside the catalogue", [{ ...latency, unit: "parsecs" }], "/targets/0/unit"],
  ])("refuses %s with a 400 naming the field, and stores nothing", async (_name, targets, pointer) => {
    const slug = `domain-${uniq()}`;
    const res = await callRoute("POST /api/v1/lanes", { headers, body: laneBody(slug, targets) });
    const body = (await res.json()) as { invalid_params?: { pointer: string }[] };
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.invalid_params?.map((p) => p.pointer)).toContain(pointer);
    expect(await db.lane.count({ where: { slug } })).toBe(0);
  });
});

describe("measurements are checked against their KPI's unit", () => {
  it("refuses a p95 latency of -300 ms (400 naming /value) and records a valid one", async () => {
    const slug = `domain-${uniq()}`;
    expect((await callRoute("POST /api/v1/lanes", { headers, body: laneBody(slug, [latency]) })).status).toBe(201);
    const params = { slug, label: "2026.11.1" };
    await callRoute("POST /api/v1/lanes/[slug]/releases", {
      headers,
      params: { slug },
      body: { versionLabel: params.label, engineVersion: "DataFusion 53.1.0" },
    });
    const deploy = await callRoute("POST /api/v1/lanes/[slug]/releases/[label]/deploy", {
      headers,
      params,
      body: { observationWindowHours: 24 },
    });
    expect(deploy.status).toBe(200);
    const measure = (value: number) =>
      callRoute("POST /api/v1/lanes/[slug]/releases/[label]/measurements", {
        headers,
        params,
        body: { kpiKey: "p95_latency_ms", value, source: "SHADOW", takenAt: new Date().toISOString() },
      });
    const bad = await measure(-300);
    const problem = (await bad.json()) as { code: string; invalid_params: { pointer: string; message: string }[] };
    expect(bad.status).toBe(400);
    expect(problem.code).toBe("KPI_VALUE_OUT_OF_DOMAIN");
    expect(problem.invalid_params[0]).toMatchObject({ pointer: "/value", message: expect.stringMatching(/negative/) });
    expect((await measure(780)).status).toBe(201);
    expect(await db.measurement.count({ where: { release: { lane: { slug } } } })).toBe(1);
  });
});

describe("the migration for measurements stored before the check", () => {
  it("invalidates out-of-domain values with a reason and keeps each value as recorded", async () => {
    const lane = await db.lane.create({
      data: { slug: `domain-${uniq()}`, name: "Legacy", workload: "w", team: TEST_TEAM, engineVersion: "53" },
    });
    await db.targetVersion.create({
      data: {
        laneId: lane.id,
        version: 1,
        targets: {
          create: [
            {
              kpiKey: "p95_latency_ms",
              label: "p95",
              unit: "ms",
              direction: "LOWER_IS_BETTER",
              baseline: 1000,
              targetKind: "RELATIVE",
              targetValue: 0.2,
            },
            {
              kpiKey: "error_rate",
              label: "errors",
              unit: "%",
              direction: "LOWER_IS_BETTER",
              baseline: 1,
              targetKind: "ABSOLUTE",
              targetValue: 0.5,
            },
          ],
        },
      },
    });
    const release = await db.release.create({ data: { laneId: lane.id, versionLabel: "1", engineVersion: "53" } });
    const at = new Date();
    const mk = (kpiKey: string, value: number) =>
      db.measurement.create({ data: { releaseId: release.id, kpiKey, value, source: "SHADOW", takenAt: at } });
    const [negative, fine, over] = [
      await mk("p95_latency_ms", -300),
      await mk("p95_latency_ms", 800),
      await mk("error_rate", 140),
    ];
    const sql = readFileSync("prisma/migrations/20261127100000_kpi_value_domain/migration.sql", "utf8");
    await db.$executeRawUnsafe(sql);
    const rows = await db.measurement.findMany({ where: { releaseId: release.id } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(negative.id)).toMatchObject({
      invalidationReason: expect.stringMatching(/Outside the valid range of its unit \(ms\)/),
    });
    expect(byId.get(negative.id)!.value.toNumber()).toBe(-300);
    expect(byId.get(over.id)!.invalidatedAt).not.toBeNull();
    expect(byId.get(over.id)!.value.toNumber()).toBe(140);
    expect(byId.get(fine.id)!.invalidatedAt).toBeNull();
  });
});
