// The authorization matrix: every mutating /api/v1 route × every kind of caller, with the outcome
// the policy must give. tests/authz/authorization-matrix.integration.test.ts executes it and fails
// when a route exports POST/PUT/PATCH/DELETE without an entry here. Adding a route = one entry.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { laneFields, laneRow, relativeLatency } from "@/tests/factories/inputs";

export const ROLES = ["anonymous", "stakeholder", "owner", "otherOwner", "lead", "token", "otherToken"] as const;
export type Role = (typeof ROLES)[number];
/** 2 = any 2xx; otherwise the exact status. */
export type Outcome = 2 | 401 | 403;
export type Profile = Record<Role, Outcome>;

/** The lane every request touches (laneA): `owner` owns it, `otherOwner` owns laneB; `token` is scoped to laneA, `otherToken` to laneB. */
export interface Fixture {
  db: PrismaClient;
  laneA: { id: string; slug: string };
  laneB: { id: string; slug: string };
  users: Record<"stakeholder" | "owner" | "otherOwner" | "lead", { id: string }>;
  /** A fresh unique suffix, so that every allowed call is valid on its own. */
  uniq: () => string;
}

export interface MatrixRequest {
  params: Record<string, string>;
  body?: unknown;
  /** Query string parameters (GET routes). */
  query?: Record<string, string>;
  /** Text that only an allowed caller may receive: a refusal's body must not contain it. */
  secret?: string;
}

export interface MatrixCase {
  label?: string;
  profile: Profile;
  /** Builds a valid request; may create the records it needs (not counted as writes of the call). */
  request: (f: Fixture) => Promise<MatrixRequest> | MatrixRequest;
}

const deny = { anonymous: 401, stakeholder: 403, otherOwner: 403, otherToken: 403 } as const;
/** CI pipeline subset on the lane (release.write, ingest.write): owners, leads and the lane's token. */
export const PIPELINE: Profile = { ...deny, owner: 2, lead: 2, token: 2 };
/** The lane's owners and platform leads; tokens cannot. */
export const OWNER: Profile = { ...deny, owner: 2, lead: 2, token: 403 };
/** Platform leads only (overrides, approvals, decisions, people, webhooks, lane creation). */
export const LEAD: Profile = { ...deny, owner: 403, lead: 2, token: 403 };
/** Any signed-in person, for their own sake (following lanes, their inbox); never a CI token. */
export const PERSON: Profile = {
  anonymous: 401,
  stakeholder: 2,
  owner: 2,
  otherOwner: 2,
  lead: 2,
  token: 403,
  otherToken: 403,
};
/** Carries its own credential in the body (an invitation secret): anyone holding it. */
export const BY_SECRET: Profile = {
  anonymous: 2,
  stakeholder: 2,
  owner: 2,
  otherOwner: 2,
  lead: 2,
  token: 2,
  otherToken: 2,
};

const lane = (f: Fixture) => ({ slug: f.laneA.slug });

// ---- builders for the workflow, ingestion and webhook routes: each call makes fresh state ----
const iso = (msAgo = 60_000) => new Date(Date.now() - msAgo).toISOString();
const LATENCY = relativeLatency();

/** A new lane whose planner owner is `owner`, so owner-scoped rights apply to it. */
async function ownedLane(f: Fixture, extra: { design?: boolean; targets?: "draft" | "pending" } = {}) {
  const slug = `mx-${f.uniq()}`;
  const lane = await f.db.lane.create({
    data: { slug, ...laneRow(`Matrix ${slug}`) },
    select: { id: true, slug: true },
  });
  await f.db.ownerAssignment.create({
    data: { laneId: lane.id, role: "PLANNER", userId: f.users.owner.id, reason: "matrix" },
  });
  if (extra.design)
    await f.db.rollbackDesign.create({
      data: { laneId: lane.id, runbookUrl: "https://runbooks.example/matrix", rollbackTarget: "warehouse" },
    });
  if (extra.targets) {
    const long = new Date(Date.now() - 30 * 86_400_000);
    await f.db.targetVersion.create({
      data: {
        laneId: lane.id,
        version: 1,
        status: "APPROVED",
        approvedAt: long,
        effectiveFrom: long,
        frozenAt: extra.targets === "pending" ? long : null,
        targets: {
          create: [
            {
              kpiKey: "p95_latency_ms",
              label: "p95 latency",
              unit: "ms",
              direction: "LOWER_IS_BETTER",
              baseline: 1000,
              targetKind: "RELATIVE",
              targetValue: 0.2,
              stopKind: "RELATIVE",
              stopValue: 0.1,
            },
          ],
        },
      },
    });
    if (extra.targets === "pending")
      await f.db.targetVersion.create({
        data: {
          laneId: lane.id,
          version: 2,
          status: "PENDING_APPROVAL",
          reason: "tighter latency",
          targets: {
            create: [
              {
                kpiKey: "p95_latency_ms",
                label: "p95 latency",
                unit: "ms",
                direction: "LOWER_IS_BETTER",
                baseline: 1000,
                targetKind: "RELATIVE",
                targetValue: 0.3,
                stopKind: "RELATIVE",
                stopValue: 0.1,
              },
            ],
          },
        },
      });
  }
  return lane;
}

/** laneA's targets (approved long ago), created once, so releases of laneA can be measured. */
async function ensureTargetsOnLaneA(f: Fixture) {
  const exists = await f.db.targetVersion.findFirst({ where: { laneId: f.laneA.id }, select: { id: true } });
  if (exists) return;
  const long = new Date(Date.now() - 30 * 86_400_000);
  await f.db.targetVersion.create({
    data: {
      laneId: f.laneA.id,
      version: 1,
      status: "APPROVED",
      approvedAt: long,
      effectiveFrom: long,
      targets: {
        create: [
          {
            kpiKey: "p95_latency_ms",
            label: "p95 latency",
            unit: "ms",
            direction: "LOWER_IS_BETTER",
            baseline: 1000,
            targetKind: "RELATIVE",
            targetValue: 0.2,
            stopKind: "RELATIVE",
            stopValue: 0.1,
          },
        ],
      },
    },
  });
}

/** A release of laneA: planned, or deployed an hour ago with its observation window still open. */
async function releaseOfLaneA(f: Fixture, deployed: boolean) {
  await ensureTargetsOnLaneA(f);
  const label = `r-${f.uniq()}`;
  const release = await f.db.release.create({
    data: {
      laneId: f.laneA.id,
      versionLabel: label,
      engineVersion: "DataFusion 53.1.0",
      ...(deployed
        ? { deployedAt: new Date(Date.now() - 3_600_000), observationEndsAt: new Date(Date.now() + 7 * 86_400_000) }
        : {}),
    },
    select: { id: true, versionLabel: true },
  });
  return { id: release.id, params: { slug: f.laneA.slug, label } };
}

const DFBENCH = {
  context: {
    benchmark_version: "53.1.0",
    datafusion_version: "53.1.0",
    num_cpus: 8,
    start_time: 1764000000,
    arguments: ["tpch"],
  },
  queries: [
    {
      query: "Query 1",
      iterations: [
        { elapsed: 120.5, row_count: 4 },
        { elapsed: 118.2, row_count: 4 },
      ],
      start_time: 1764000001,
      success: true,
    },
  ],
};

export const MUTATION_MATRIX: Record<string, MatrixCase[]> = {
  "POST /api/v1/lanes/[slug]/releases": [
    {
      profile: PIPELINE,
      request: (f) => ({
        params: lane(f),
        body: { versionLabel: `v-${f.uniq()}`, engineVersion: "DataFusion 53.1.0" },
      }),
    },
  ],
  "POST /api/v1/tokens": [
    {
      label: "lane token",
      profile: OWNER,
      request: (f) => ({ params: {}, body: { name: `ci-${f.uniq()}`, lane: f.laneA.slug } }),
    },
    {
      label: "all-lanes token",
      profile: LEAD,
      request: (f) => ({ params: {}, body: { name: `ci-${f.uniq()}`, lane: null } }),
    },
  ],
  "DELETE /api/v1/tokens/[id]": [
    {
      profile: OWNER,
      request: async (f) => {
        const t = await f.db.apiToken.create({
          data: {
            name: `victim-${f.uniq()}`,
            tokenHash: `h-${f.uniq()}`,
            prefix: "lg_xxxxxx",
            laneId: f.laneA.id,
            createdById: f.users.lead.id,
          },
        });
        return { params: { id: t.id } };
      },
    },
  ],
  "POST /api/v1/invitations": [
    {
      profile: LEAD,
      request: (f) => ({ params: {}, body: { email: `invitee-${f.uniq()}@example.com`, role: "STAKEHOLDER" } }),
    },
  ],
  "POST /api/v1/invitations/accept": [
    {
      profile: BY_SECRET,
      request: async (f) => {
        const secret = `secret-${f.uniq()}-${f.uniq()}`;
        const { hashApiToken } = await import("@/lib/server/auth/api-token-secret");
        await f.db.invitation.create({
          data: {
            email: `joiner-${f.uniq()}@example.com`,
            role: "STAKEHOLDER",
            tokenHash: hashApiToken(secret),
            invitedById: f.users.lead.id,
            expiresAt: new Date(Date.now() + 86_400_000),
          },
        });
        return { params: {}, body: { token: secret, name: "New Person", password: "a-long-enough-password" } };
      },
    },
  ],
  "PATCH /api/v1/people/[id]": [
    {
      profile: LEAD,
      request: async (f) => {
        const u = await f.db.user.create({
          data: { email: `person-${f.uniq()}@example.com`, name: "Someone", role: "STAKEHOLDER" },
        });
        return { params: { id: u.id }, body: { role: "LANE_OWNER" } };
      },
    },
  ],
  "POST /api/v1/teams": [
    {
      profile: LEAD,
      request: (f) => {
        const id = f.uniq();
        return { params: {}, body: { slug: `team-${id}`, name: `Matrix team ${id}` } };
      },
    },
  ],
  "PUT /api/v1/lanes/[slug]/follow": [{ profile: PERSON, request: (f) => ({ params: lane(f) }) }],
  "DELETE /api/v1/lanes/[slug]/follow": [{ profile: PERSON, request: (f) => ({ params: lane(f) }) }],
  "POST /api/v1/inbox/seen": [{ profile: PERSON, request: () => ({ params: {}, body: {} }) }],
  "POST /api/v1/lanes": [
    {
      profile: LEAD,
      request: (f) => ({
        params: {},
        body: { slug: `new-${f.uniq()}`, ...laneFields("Matrix new lane"), targets: [LATENCY] },
      }),
    },
  ],
  "PATCH /api/v1/lanes/[slug]": [
    {
      profile: OWNER,
      request: async (f) => ({
        params: { slug: (await ownedLane(f)).slug },
        body: { ...laneFields("Renamed lane"), version: 1 },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/stage": [
    {
      profile: OWNER,
      request: async (f) => ({
        params: { slug: (await ownedLane(f)).slug },
        body: { toStage: "SHADOW", reason: "start shadow comparison" },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/owners": [
    {
      profile: OWNER,
      request: async (f) => ({
        params: { slug: (await ownedLane(f)).slug },
        body: { role: "EXECUTOR", userId: f.users.otherOwner.id, reason: "runs the executors" },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/targets": [
    {
      profile: OWNER,
      request: async (f) => ({ params: { slug: (await ownedLane(f)).slug }, body: { targets: [LATENCY] } }),
    },
  ],
  "PUT /api/v1/lanes/[slug]/targets/[version]": [
    {
      profile: OWNER,
      request: async (f) => ({
        params: { slug: (await ownedLane(f, { targets: "draft" })).slug, version: "1" },
        body: { targets: [{ ...LATENCY, targetValue: 0.25 }] },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/targets/[version]/approve": [
    {
      profile: LEAD,
      request: async (f) => ({
        params: { slug: (await ownedLane(f, { targets: "pending" })).slug, version: "2" },
        body: { reason: "the warehouse baseline was re-measured" },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/targets/[version]/reject": [
    {
      profile: LEAD,
      request: async (f) => ({
        params: { slug: (await ownedLane(f, { targets: "pending" })).slug, version: "2" },
        body: { reason: "not supported by the data" },
      }),
    },
  ],
  "PUT /api/v1/lanes/[slug]/rollback-design": [
    {
      profile: OWNER,
      request: async (f) => ({
        params: { slug: (await ownedLane(f)).slug },
        body: { runbookUrl: "https://runbooks.example/lane", rollbackTarget: "warehouse job" },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/drills": [
    {
      profile: OWNER,
      request: async (f) => ({
        params: { slug: (await ownedLane(f, { design: true })).slug },
        body: { performedAt: iso(), recoverySeconds: 420 },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/decisions": [
    {
      profile: LEAD,
      request: (f) => ({
        params: lane(f),
        body: { outcome: "REFUSED", reason: "two stable releases are not there yet" },
      }),
    },
  ],
  "PATCH /api/v1/lanes/[slug]/releases/[label]": [
    {
      profile: PIPELINE,
      request: async (f) => ({
        params: (await releaseOfLaneA(f, false)).params,
        body: { version: 1, engineVersion: "DataFusion 54.0.0" },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/releases/[label]/deploy": [
    {
      profile: PIPELINE,
      request: async (f) => ({
        params: (await releaseOfLaneA(f, false)).params,
        body: { observationWindowHours: 168 },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/releases/[label]/close": [
    { profile: PIPELINE, request: async (f) => ({ params: (await releaseOfLaneA(f, true)).params, body: {} }) },
  ],
  "POST /api/v1/lanes/[slug]/releases/[label]/rollback": [
    {
      profile: PIPELINE,
      request: async (f) => ({
        params: (await releaseOfLaneA(f, true)).params,
        body: { reason: "p95 latency regressed on the canary" },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/releases/[label]/measurements": [
    {
      profile: PIPELINE,
      request: async (f) => ({
        params: (await releaseOfLaneA(f, true)).params,
        body: { kpiKey: "p95_latency_ms", value: 780, source: "PRODUCTION", takenAt: iso() },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/releases/[label]/incidents": [
    {
      profile: PIPELINE,
      request: async (f) => ({
        params: (await releaseOfLaneA(f, true)).params,
        body: { ref: `INC-${f.uniq()}`, severity: "P3", title: "slow dashboard", openedAt: iso() },
      }),
    },
  ],
  "POST /api/v1/lanes/[slug]/releases/[label]/regressions": [
    {
      profile: PIPELINE,
      request: async (f) => ({
        params: (await releaseOfLaneA(f, true)).params,
        body: { summary: "hash join spilled", detectedAt: iso(120_000), recoveredAt: iso() },
      }),
    },
  ],
  "PATCH /api/v1/lanes/[slug]/incidents/[id]": [
    {
      profile: PIPELINE,
      request: async (f) => {
        const r = await releaseOfLaneA(f, true);
        const i = await f.db.incident.create({
          data: {
            laneId: f.laneA.id,
            releaseId: r.id,
            ref: `INC-${f.uniq()}`,
            severity: "P3",
            title: "slow",
            openedAt: new Date(Date.now() - 600_000),
          },
        });
        return { params: { slug: f.laneA.slug, id: i.id }, body: { resolvedAt: iso() } };
      },
    },
  ],
  "PATCH /api/v1/lanes/[slug]/regressions/[id]": [
    {
      profile: PIPELINE,
      request: async (f) => {
        const r = await releaseOfLaneA(f, true);
        const g = await f.db.regression.create({
          data: { releaseId: r.id, summary: "spill", detectedAt: new Date(Date.now() - 600_000) },
        });
        return { params: { slug: f.laneA.slug, id: g.id }, body: { recoveredAt: iso(), recoveredByRollback: false } };
      },
    },
  ],
  "POST /api/v1/lanes/[slug]/measurements/[id]/invalidate": [
    {
      profile: PIPELINE,
      request: async (f) => {
        const r = await releaseOfLaneA(f, true);
        const m = await f.db.measurement.create({
          data: {
            releaseId: r.id,
            kpiKey: "p95_latency_ms",
            value: 800,
            source: "SHADOW",
            takenAt: new Date(Date.now() - 600_000),
          },
        });
        return { params: { slug: f.laneA.slug, id: m.id }, body: { reason: "benchmark host was throttled" } };
      },
    },
  ],
  "POST /api/v1/lanes/[slug]/benchmark-runs": [
    {
      profile: PIPELINE,
      request: (f) => ({ params: lane(f), body: { role: "BASELINE", label: `base-${f.uniq()}`, result: DFBENCH } }),
    },
  ],
  "POST /api/v1/lanes/[slug]/plans": [
    {
      profile: PIPELINE,
      request: (f) => ({
        params: lane(f),
        body: {
          queryName: `q-${f.uniq()}`,
          text: "ProjectionExec: expr=[a@0 as a]\n  DataSourceExec: file_groups={1 group: [[t.parquet]]}, projection=[a], file_type=parquet",
        },
      }),
    },
  ],
  "POST /api/v1/webhooks": [
    {
      profile: LEAD,
      request: () => ({ params: {}, body: { url: "https://hooks.example/lanegate", events: ["verdict.changed"] } }),
    },
  ],
  "PATCH /api/v1/webhooks/[id]": [
    {
      profile: LEAD,
      request: async (f) => {
        const w = await f.db.webhook.create({
          data: {
            url: "https://hooks.example/x",
            secret: `whsec_${f.uniq()}`,
            laneIds: [],
            events: ["verdict.changed"],
            createdById: f.users.lead.id,
          },
        });
        return { params: { id: w.id }, body: { version: 1, active: false } };
      },
    },
  ],
  "DELETE /api/v1/webhooks/[id]": [
    {
      profile: LEAD,
      request: async (f) => {
        const w = await f.db.webhook.create({
          data: {
            url: "https://hooks.example/y",
            secret: `whsec_${f.uniq()}`,
            laneIds: [],
            events: ["verdict.changed"],
            createdById: f.users.lead.id,
          },
        });
        return { params: { id: w.id } };
      },
    },
  ],
};
