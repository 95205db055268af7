import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listApiRoutes } from "@/tests/api-routes";
import { callRoute, signedInHeaders } from "@/tests/call-route";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/tests/throwaway-postgres";
import { TEST_TEAM } from "@/tests/test-team";

// Stops a Postgres cluster of this test's own (never the shared one) under the real route handlers.
let pg: ThrowawayPostgres;
let db: PrismaClient;
let headers: Record<string, string>;
let bearer: Record<string, string>;
let slug: string;
let label: string;

/** Routes that never touch the database (the static API description). */
const STATIC = new Set(["GET /api/v1/openapi.json"]);

beforeAll(async () => {
  pg = await startThrowawayPostgres();
  process.env.DATABASE_URL = pg.url;
  const { createDb } = await import("@/lib/server/db");
  db = createDb(pg.url, { poolMax: 4, preparedStatements: true });
  ({ headers } = await signedInHeaders(db, "PLATFORM_LEAD"));
  const lead = await db.user.findFirstOrThrow({ where: { role: "PLATFORM_LEAD" } });
  slug = `outage-${Math.random().toString(36).slice(2, 8)}`;
  const lane = await db.lane.create({
    data: { slug, name: "Outage", workload: "w", team: TEST_TEAM, engineVersion: "DataFusion 53.1.0" },
  });
  label = "2026.11.1";
  await db.release.create({ data: { laneId: lane.id, versionLabel: label, engineVersion: "DataFusion 53.1.0" } });
  const { generateApiToken } = await import("@/lib/server/auth/api-token-secret");
  const t = generateApiToken();
  await db.apiToken.create({
    data: { name: "outage-ci", tokenHash: t.tokenHash, prefix: t.prefix, laneId: lane.id, createdById: lead.id },
  });
  bearer = { authorization: `Bearer ${t.token}` };
}, 180_000);

afterAll(async () => {
  await db?.$disconnect().catch(() => undefined);
  pg?.destroy();
});

describe("while Postgres is down", () => {
  it("every /api/v1 route answers 503 problem+json with Retry-After, and /api/health 503", async () => {
    pg.stop("immediate");
    try {
      const params = { slug, label, id: "cm0000000000000000000000", version: "1" };
      const rows: string[] = [];
      for (const key of listApiRoutes().filter((k) => !STATIC.has(k))) {
        for (const [who, h] of [
          ["session", headers],
          ["token", bearer],
        ] as const) {
          const res = await callRoute(key, { headers: h, params, body: key.startsWith("GET") ? undefined : {} });
          const body = (await res.json()) as { code?: string };
          rows.push(`${key} (${who}) → ${res.status} ${body.code ?? ""}`);
          expect(res.status, `${key} as ${who}: ${JSON.stringify(body)}`).toBe(503);
          expect(res.headers.get("content-type")).toBe("application/problem+json");
          expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
          expect(body.code).toBe("DATABASE_UNAVAILABLE");
        }
      }
      console.log(`\nDatabase down:\n${rows.join("\n")}\n`);
      const health = await (await import("@/app/api/health/route")).GET();
      expect(health.status).toBe(503);
    } finally {
      pg.start();
    }
  }, 120_000);

  it("idempotent writes cut off by a database crash each end, on retry, in exactly one write: no key stays stuck", async () => {
    const N = 40;
    const run = Math.random().toString(36).slice(2, 8);
    const openedAt = new Date(Date.now() - 60_000).toISOString();
    const send = (i: number) =>
      callRoute("POST /api/v1/lanes/[slug]/releases/[label]/incidents", {
        headers: { ...bearer, "idempotency-key": `outage-${run}-${i}` },
        params: { slug, label },
        body: { ref: `INC-${run}-${i}`, severity: "P3", title: "written while the database crashed", openedAt },
      });
    const inFlight = Array.from({ length: N }, (_, i) => send(i));
    // Let a quarter of the writes commit, then crash Postgres while the others are in their transactions.
    const watcher = new Client({ connectionString: pg.url });
    await watcher.connect();
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      const { rows } = await watcher.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Incident" WHERE ref LIKE $1`,
        [`INC-${run}-%`],
      );
      if (rows[0]!.n >= N / 4) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    pg.stop("immediate");
    await watcher.end().catch(() => undefined);
    const during = await Promise.all(inFlight.map((p) => p.then((r) => r.status)));
    pg.start();
    const final: { status: number; replayed: boolean }[] = [];
    for (let i = 0; i < N; i += 1) {
      let res = await send(i);
      for (let attempt = 0; res.status === 503 && attempt < 40; attempt += 1) {
        await new Promise((r) => setTimeout(r, 250));
        res = await send(i);
      }
      final.push({ status: res.status, replayed: res.headers.get("idempotent-replayed") === "true" });
    }
    const stuck = final.filter((f) => f.status === 409).length;
    const count = (s: number) => during.filter((d) => d === s).length;
    console.log(
      `\nDatabase crash mid-write, ${N} idempotent writes: before the crash ${count(201)} × 201, ${count(503)} × 503, ${N - count(201) - count(503)} other;` +
        ` on retry ${final.filter((f) => f.replayed).length} replayed, ${final.filter((f) => f.status === 201 && !f.replayed).length} written, ${stuck} stuck (409)\n`,
    );
    expect(
      during.every((s) => s === 201 || s === 503),
      `statuses during the crash: ${during.join(",")}`,
    ).toBe(true);
    expect(count(503), "the crash must interrupt some writes for this test to mean anything").toBeGreaterThan(0);
    expect(count(201), "some writes must commit before the crash for this test to mean anything").toBeGreaterThan(0);
    expect(final.map((f) => f.status)).toEqual(Array(N).fill(201));
    expect(await db.incident.count({ where: { ref: { startsWith: `INC-${run}-` } } })).toBe(N);
    expect(await db.idempotencyKey.count({ where: { key: { startsWith: `outage-${run}-` }, responseStatus: 0 } })).toBe(
      0,
    );
  }, 180_000);
});
