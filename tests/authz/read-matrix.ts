// The read half of the authorization matrix: every GET /api/v1 route × every kind of caller.
// tests/authz/authorization-matrix.integration.test.ts runs it beside MUTATION_MATRIX and fails when
// a route exports GET without an entry here. `secret` names data a refused caller must not receive.
import { BY_SECRET, LEAD, OWNER, PERSON, type Fixture, type MatrixCase, type Profile } from "./mutation-matrix";

/** Anyone signed in, and any CI token (tokens may read every lane): the default read policy. */
export const READ: Profile = {
  anonymous: 401,
  stakeholder: 2,
  owner: 2,
  otherOwner: 2,
  lead: 2,
  token: 2,
  otherToken: 2,
};
/** Published without sign-in (the OpenAPI description holds no data; see README, Security model). */
export const PUBLIC: Profile = BY_SECRET;

const lane = (f: Fixture) => ({ slug: f.laneA.slug });

/** Two releases of laneA with a plan for one query each, so a plan diff exists. */
async function planDiff(f: Fixture) {
  const query = `q-${f.uniq()}`;
  const labels = [`pd-${f.uniq()}`, `pd-${f.uniq()}`];
  for (const [i, label] of labels.entries()) {
    const release = await f.db.release.create({
      data: { laneId: f.laneA.id, versionLabel: label, engineVersion: "DataFusion 53.1.0" },
      select: { id: true },
    });
    await f.db.planSnapshot.create({
      data: {
        laneId: f.laneA.id,
        releaseId: release.id,
        queryName: query,
        rawText: `ProjectionExec: expr=[a@0 as a]\n  DataSourceExec: file_groups={${i + 1} group: [[t.parquet]]}, projection=[a], file_type=parquet`,
        capturedAt: new Date(Date.now() - (2 - i) * 60_000),
      },
    });
  }
  return { params: lane(f), query: { query, release: labels[1]!, against: labels[0]! } };
}

async function webhook(f: Fixture) {
  const url = `https://hooks.example/services/secret-${f.uniq()}`;
  await f.db.webhook.create({
    data: { url, secret: `whsec_${f.uniq()}`, laneIds: [], events: ["verdict.changed"], createdById: f.users.lead.id },
  });
  return url;
}

async function laneToken(f: Fixture, laneId: string | null) {
  const name = `read-matrix-${f.uniq()}`;
  await f.db.apiToken.create({
    data: { name, tokenHash: f.uniq().padEnd(64, "0"), prefix: "lg_xxxx", laneId, createdById: f.users.lead.id },
  });
  return name;
}

export const READ_MATRIX: Record<string, MatrixCase[]> = {
  "GET /api/v1/audit": [{ profile: READ, request: (f) => ({ params: {}, query: { lane: f.laneA.slug } }) }],
  "GET /api/v1/decisions": [{ profile: READ, request: () => ({ params: {} }) }],
  "GET /api/v1/inbox": [{ profile: PERSON, request: () => ({ params: {} }) }],
  "GET /api/v1/lanes": [{ profile: READ, request: () => ({ params: {} }) }],
  "GET /api/v1/lanes/[slug]/decisions": [{ profile: READ, request: (f) => ({ params: lane(f) }) }],
  "GET /api/v1/lanes/[slug]/export.csv": [{ profile: READ, request: (f) => ({ params: lane(f) }) }],
  "GET /api/v1/lanes/[slug]/export.json": [{ profile: READ, request: (f) => ({ params: lane(f) }) }],
  "GET /api/v1/lanes/[slug]/plans/diff": [{ profile: READ, request: planDiff }],
  "GET /api/v1/lanes/[slug]/readiness": [{ profile: READ, request: (f) => ({ params: lane(f) }) }],
  "GET /api/v1/lanes/[slug]/readiness/history": [{ profile: READ, request: (f) => ({ params: lane(f) }) }],
  "GET /api/v1/openapi.json": [{ profile: PUBLIC, request: () => ({ params: {} }) }],
  "GET /api/v1/readiness.csv": [{ profile: READ, request: () => ({ params: {} }) }],
  "GET /api/v1/teams": [{ profile: READ, request: () => ({ params: {} }) }],
  "GET /api/v1/teams/[slug]": [{ profile: READ, request: () => ({ params: { slug: "test-team" } }) }],
  "GET /api/v1/teams/[slug]/export.csv": [{ profile: READ, request: () => ({ params: { slug: "test-team" } }) }],
  "GET /api/v1/teams/[slug]/export.json": [{ profile: READ, request: () => ({ params: { slug: "test-team" } }) }],
  "GET /api/v1/tokens": [
    {
      label: "a lane's tokens",
      profile: OWNER,
      request: async (f) => ({
        params: {},
        query: { lane: f.laneA.slug },
        secret: await laneToken(f, f.laneA.id),
      }),
    },
    {
      label: "all-lane tokens",
      profile: LEAD,
      request: async (f) => ({ params: {}, secret: await laneToken(f, null) }),
    },
  ],
  "GET /api/v1/webhooks": [{ profile: LEAD, request: async (f) => ({ params: {}, secret: await webhook(f) }) }],
};
