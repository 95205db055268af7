import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { callRoute, signedInHeaders } from "@/tests/call-route";
import { laneFields, laneRow, relativeLatency } from "@/tests/factories/inputs";

// Races every mutating route that changes an existing row. Two requests based on the same version
// are sent together while this test holds the row's lock, so both read the row before either can
// write; then the lock is released. Exactly one may win; the other must get 409 STALE_VERSION with
// the current record (or, where stated, an idempotent no-op), and the row holds the winner's value.
process.env.DATABASE_URL = inject("databaseUrl");

type Req = { params: Record<string, string>; body?: unknown; query?: string };
type Outcome =
  /** One 2xx; the other 409 STALE_VERSION carrying `current`. */
  | "stale"
  /** Both 2xx; the second changed nothing and wrote no second audit event. */
  | "idempotent"
  /** Both 2xx, one after the other (the later replaces the earlier; both stay in history). */
  | "serialised";
interface RaceCase {
  route: string;
  outcome: Outcome;
  why: string;
  /** Builds the row and the two requests; `lock` is the row both requests must wait for. */
  setup: () => Promise<{ a: Req; b?: Req; lock: { table: string; id: string } | null; audit?: string }>;
  /** Checks the stored row after the race. */
  check?: (id: string) => Promise<void>;
}

let db: PrismaClient;
let headers: Record<string, string>;
let leadId: string;
const uniq = () => Math.random().toString(36).slice(2, 10);
const ago = (ms: number) => new Date(Date.now() - ms);
const LATENCY = relativeLatency();

async function newLane(targets: "none" | "draft" | "pending" = "none") {
  const slug = `race-${uniq()}`;
  const lane = await db.lane.create({ data: { slug, ...laneRow(`Race ${slug}`) }, select: { id: true } });
  const kpi = {
    kpiKey: "p95_latency_ms",
    label: "p95 latency",
    unit: "ms",
    direction: "LOWER_IS_BETTER" as const,
    baseline: 1000,
    targetKind: "RELATIVE" as const,
    targetValue: 0.2,
    stopKind: "RELATIVE" as const,
    stopValue: 0.1,
  };
  if (targets !== "none") {
    const long = ago(30 * 86_400_000);
    await db.targetVersion.create({
      data: {
        laneId: lane.id,
        version: 1,
        status: "APPROVED",
        approvedAt: long,
        effectiveFrom: long,
        frozenAt: targets === "pending" ? long : null,
        targets: { create: [kpi] },
      },
    });
    if (targets === "pending")
      await db.targetVersion.create({
        data: {
          laneId: lane.id,
          version: 2,
          status: "PENDING_APPROVAL",
          reason: "tighter",
          targets: { create: [{ ...kpi, targetValue: 0.3 }] },
        },
      });
  }
  return { id: lane.id, slug };
}

async function newRelease(deployed: boolean) {
  const lane = await newLane(deployed ? "pending" : "draft");
  const label = `r-${uniq()}`;
  const release = await db.release.create({
    data: {
      laneId: lane.id,
      versionLabel: label,
      engineVersion: "DataFusion 53.1.0",
      ...(deployed ? { deployedAt: ago(3_600_000), observationEndsAt: new Date(Date.now() + 7 * 86_400_000) } : {}),
    },
    select: { id: true },
  });
  return { lane, id: release.id, params: { slug: lane.slug, label } };
}

async function newWebhook() {
  return db.webhook.create({
    data: {
      url: "https://hooks.example/race",
      secret: `whsec_${uniq()}`,
      laneIds: [],
      events: ["verdict.changed"],
      createdById: leadId,
    },
  });
}

const CASES: RaceCase[] = [
  {
    route: "PATCH /api/v1/lanes/[slug]/incidents/[id]",
    outcome: "stale",
    why: "a second resolution time must not silently replace the first",
    setup: async () => {
      const r = await newRelease(true);
      const i = await db.incident.create({
        data: {
          laneId: r.lane.id,
          releaseId: r.id,
          ref: `INC-${uniq()}`,
          severity: "P2",
          title: "slow",
          openedAt: ago(600_000),
        },
      });
      const req = (min: number) => ({
        params: { slug: r.lane.slug, id: i.id },
        body: { resolvedAt: ago(min * 60_000).toISOString(), version: 1 },
      });
      return { a: req(5), b: req(1), lock: { table: "Incident", id: i.id } };
    },
  },
  {
    route: "PATCH /api/v1/lanes/[slug]/regressions/[id]",
    outcome: "stale",
    why: "a late recovery time could turn a pass into SLOW_RECOVERY",
    setup: async () => {
      const r = await newRelease(true);
      const g = await db.regression.create({ data: { releaseId: r.id, summary: "spill", detectedAt: ago(3_600_000) } });
      const req = (min: number) => ({
        params: { slug: r.lane.slug, id: g.id },
        body: { recoveredAt: ago(min * 60_000).toISOString(), recoveredByRollback: false },
      });
      // No version in the body (a pipeline): the version read in the transaction decides.
      return { a: req(50), b: req(1), lock: { table: "Regression", id: g.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/measurements/[id]/invalidate",
    outcome: "stale",
    why: "one invalidation reason is on record, not whichever committed last",
    setup: async () => {
      const r = await newRelease(true);
      const m = await db.measurement.create({
        data: { releaseId: r.id, kpiKey: "p95_latency_ms", value: 800, source: "SHADOW", takenAt: ago(600_000) },
      });
      const req = (reason: string) => ({ params: { slug: r.lane.slug, id: m.id }, body: { reason, version: 1 } });
      return { a: req("benchmark host throttled"), b: req("wrong dataset"), lock: { table: "Measurement", id: m.id } };
    },
  },
  {
    route: "PATCH /api/v1/lanes/[slug]",
    outcome: "stale",
    why: "lane edits are versioned",
    setup: async () => {
      const lane = await newLane();
      const req = (name: string) => ({ params: { slug: lane.slug }, body: { ...laneFields(name), version: 1 } });
      return { a: req("Renamed A"), b: req("Renamed B"), lock: { table: "Lane", id: lane.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/stage",
    outcome: "stale",
    why: "stage moves are serialised by the gate lock and versioned",
    setup: async () => {
      const lane = await newLane();
      const req = { params: { slug: lane.slug }, body: { toStage: "SHADOW", reason: "start shadow", version: 1 } };
      return { a: req, lock: { table: "Lane", id: lane.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/owners",
    outcome: "serialised",
    why: "assigning replaces the current owner by design; racing assignments must not leave two current owners",
    setup: async () => {
      const lane = await newLane();
      const [u1, u2] = await Promise.all(
        ["One", "Two"].map((n) =>
          db.user.create({ data: { email: `owner-${uniq()}@example.com`, name: `Owner ${n}`, role: "LANE_OWNER" } }),
        ),
      );
      const req = (userId: string) => ({
        params: { slug: lane.slug },
        body: { role: "PLANNER", userId, reason: "owns the planner" },
      });
      return { a: req(u1!.id), b: req(u2!.id), lock: { table: "Lane", id: lane.id } };
    },
    check: async (laneSlug) => {
      const lane = await db.lane.findUniqueOrThrow({ where: { slug: laneSlug } });
      const current = await db.ownerAssignment.count({ where: { laneId: lane.id, role: "PLANNER", endedAt: null } });
      const all = await db.ownerAssignment.count({ where: { laneId: lane.id, role: "PLANNER" } });
      expect([current, all]).toEqual([1, 2]);
    },
  },
  {
    route: "PATCH /api/v1/lanes/[slug]/releases/[label]",
    outcome: "stale",
    why: "release edits are versioned",
    setup: async () => {
      const r = await newRelease(false);
      const req = (v: string) => ({ params: r.params, body: { version: 1, engineVersion: v } });
      return { a: req("DataFusion 54.0.0"), b: req("DataFusion 54.1.0"), lock: { table: "Release", id: r.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/releases/[label]/deploy",
    outcome: "stale",
    why: "a release is deployed once",
    setup: async () => {
      const r = await newRelease(false);
      const req = (h: number) => ({ params: r.params, body: { observationWindowHours: h, version: 1 } });
      return { a: req(168), b: req(24), lock: { table: "Release", id: r.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/releases/[label]/close",
    outcome: "stale",
    why: "the window closes once",
    setup: async () => {
      const r = await newRelease(true);
      return { a: { params: r.params, body: { version: 1 } }, lock: { table: "Release", id: r.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/releases/[label]/rollback",
    outcome: "stale",
    why: "one rollback reason is on record",
    setup: async () => {
      const r = await newRelease(true);
      const req = (reason: string) => ({ params: r.params, body: { version: 1, reason } });
      return { a: req("p95 doubled"), b: req("spill to disk"), lock: { table: "Release", id: r.id } };
    },
  },
  {
    route: "PUT /api/v1/lanes/[slug]/targets/[version]",
    outcome: "stale",
    why: "two edits of draft targets must not interleave their KPI rows",
    setup: async () => {
      const lane = await newLane("draft");
      const tv = await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 1 } });
      const req = (targetValue: number) => ({
        params: { slug: lane.slug, version: "1" },
        body: { targets: [{ ...LATENCY, targetValue }], revision: 1 },
      });
      return { a: req(0.25), b: req(0.3), lock: { table: "TargetVersion", id: tv.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/targets/[version]/approve",
    outcome: "stale",
    why: "a proposal is reviewed once",
    setup: async () => {
      const lane = await newLane("pending");
      const tv = await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 2 } });
      const req = { params: { slug: lane.slug, version: "2" }, body: { reason: "baseline re-measured", revision: 1 } };
      return { a: req, lock: { table: "TargetVersion", id: tv.id } };
    },
  },
  {
    route: "POST /api/v1/lanes/[slug]/targets/[version]/reject",
    outcome: "stale",
    why: "a proposal is reviewed once",
    setup: async () => {
      const lane = await newLane("pending");
      const tv = await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 2 } });
      const req = { params: { slug: lane.slug, version: "2" }, body: { reason: "not supported by data", revision: 1 } };
      return { a: req, lock: { table: "TargetVersion", id: tv.id } };
    },
  },
  {
    route: "PUT /api/v1/lanes/[slug]/rollback-design",
    outcome: "stale",
    why: "rollback design edits are versioned",
    setup: async () => {
      const lane = await newLane();
      const d = await db.rollbackDesign.create({
        data: { laneId: lane.id, runbookUrl: "https://runbooks.example/a", rollbackTarget: "warehouse" },
      });
      const req = (t: string) => ({
        params: { slug: lane.slug },
        body: { runbookUrl: "https://runbooks.example/b", rollbackTarget: t, version: 1 },
      });
      return { a: req("warehouse job"), b: req("spark job"), lock: { table: "RollbackDesign", id: d.id } };
    },
  },
  {
    route: "PUT /api/v1/lanes/[slug]/rollback-design (first save)",
    outcome: "stale",
    why: "two first saves: one creates the design, the other is told it now exists",
    setup: async () => {
      const lane = await newLane();
      const req = (t: string) => ({
        params: { slug: lane.slug },
        body: { runbookUrl: "https://runbooks.example/b", rollbackTarget: t },
      });
      return { a: req("warehouse job"), b: req("spark job"), lock: null };
    },
  },
  {
    route: "PATCH /api/v1/people/[id]",
    outcome: "stale",
    why: "role changes are versioned",
    setup: async () => {
      const u = await db.user.create({
        data: { email: `person-${uniq()}@example.com`, name: "Someone", role: "STAKEHOLDER" },
      });
      const req = (role: string) => ({ params: { id: u.id }, body: { role, version: 1 } });
      return { a: req("LANE_OWNER"), b: req("PLATFORM_LEAD"), lock: { table: "user", id: u.id } };
    },
  },
  {
    route: "PATCH /api/v1/webhooks/[id]",
    outcome: "stale",
    why: "webhook edits are versioned",
    setup: async () => {
      const w = await newWebhook();
      const req = (active: boolean) => ({ params: { id: w.id }, body: { version: 1, active } });
      return {
        a: req(false),
        b: { params: { id: w.id }, body: { version: 1, description: "b" } },
        lock: { table: "Webhook", id: w.id },
      };
    },
  },
  {
    route: "DELETE /api/v1/webhooks/[id]",
    outcome: "idempotent",
    why: "deleting is idempotent: the second delete finds it gone (204) and records nothing",
    setup: async () => {
      const w = await newWebhook();
      return {
        a: { params: { id: w.id }, query: "?version=1" },
        lock: { table: "Webhook", id: w.id },
        audit: "webhook.delete",
      };
    },
  },
  {
    route: "DELETE /api/v1/tokens/[id]",
    outcome: "idempotent",
    why: "revoking is idempotent: the second keeps the first revocation time and records nothing",
    setup: async () => {
      const t = await db.apiToken.create({
        data: { name: `race-${uniq()}`, tokenHash: `h-${uniq()}`, prefix: "lg_xxxxxx", createdById: leadId },
      });
      return { a: { params: { id: t.id } }, lock: { table: "ApiToken", id: t.id }, audit: "token.revoke" };
    },
  },
];

/** Holds a row lock, starts both requests, waits until both are blocked behind it, then releases. */
async function race(lock: { table: string; id: string } | null, start: () => Promise<Response>[]) {
  if (!lock) return Promise.all(start());
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT 1 FROM "${lock.table}" WHERE id = $1 FOR UPDATE`, [lock.id]);
    const pending = start();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]!.n >= 2 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await client.query("ROLLBACK");
    return await Promise.all(pending);
  } finally {
    await client.end();
  }
}

describe("lost updates: two concurrent changes of one row", () => {
  const table: string[][] = [];
  beforeAll(async () => {
    const { createTestDb } = await import("@/tests/test-db");
    db = createTestDb().db;
    const lead = await signedInHeaders(db, "PLATFORM_LEAD");
    headers = lead.headers;
    leadId = lead.userId;
  }, 120_000);
  afterAll(async () => {
    console.log(
      `\nRace results (route → statuses of the two requests)\n${table.map((r) => r.join(" | ")).join("\n")}\n`,
    );
    await db?.$disconnect();
  });

  for (const c of CASES) {
    it(`${c.route}: ${c.outcome} (${c.why})`, async () => {
      const { a, b = a, lock, audit } = await c.setup();
      const route = c.route.replace(/ \(.*\)$/, "");
      const send = (r: Req) => callRoute(route, { headers, params: r.params, body: r.body, query: r.query });
      const responses = await race(lock, () => [send(a), send(b)]);
      const results = await Promise.all(
        responses.map(async (res) => ({ status: res.status, body: res.status === 204 ? null : await res.json() })),
      );
      const statuses = results.map((r) => r.status);
      table.push([c.route, c.outcome, statuses.join(" / ")]);
      const winners = results.filter((r) => r.status >= 200 && r.status < 300);
      if (c.outcome === "stale") {
        expect(winners, JSON.stringify(results)).toHaveLength(1);
        const loser = results.find((r) => r.status === 409);
        expect(loser?.body, JSON.stringify(results)).toMatchObject({
          code: "STALE_VERSION",
          current: expect.any(Object),
        });
      } else {
        expect(winners, JSON.stringify(results)).toHaveLength(2);
      }
      if (audit) {
        const id = a.params.id!;
        expect(await db.auditEvent.count({ where: { action: audit, entityId: id } })).toBe(1);
      }
      if (c.check) await c.check(a.params.slug!);
    });
  }
});
