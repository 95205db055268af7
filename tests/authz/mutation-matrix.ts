// The authorization matrix: every mutating /api/v1 route × every kind of caller, with the outcome
// the policy must give. tests/authz/authorization-matrix.integration.test.ts executes it and fails
// when a route exports POST/PUT/PATCH/DELETE without an entry here. Adding a route = one entry.
import type { PrismaClient } from "@/lib/generated/prisma/client";

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
/** Carries its own credential in the body (an invitation secret): anyone holding it. */
export const BY_SECRET: Profile = { anonymous: 2, stakeholder: 2, owner: 2, otherOwner: 2, lead: 2, token: 2, otherToken: 2 };

const lane = (f: Fixture) => ({ slug: f.laneA.slug });

export const MUTATION_MATRIX: Record<string, MatrixCase[]> = {
  "POST /api/v1/lanes/[slug]/releases": [{ profile: PIPELINE, request: (f) => ({ params: lane(f), body: { versionLabel: `v-${f.uniq()}`, engineVersion: "DataFusion 53.1.0" } }) }],
  "POST /api/v1/tokens": [
    { label: "lane token", profile: OWNER, request: (f) => ({ params: {}, body: { name: `ci-${f.uniq()}`, lane: f.laneA.slug } }) },
    { label: "all-lanes token", profile: LEAD, request: (f) => ({ params: {}, body: { name: `ci-${f.uniq()}`, lane: null } }) },
  ],
  "DELETE /api/v1/tokens/[id]": [
    {
      profile: OWNER,
      request: async (f) => {
        const t = await f.db.apiToken.create({ data: { name: `victim-${f.uniq()}`, tokenHash: `h-${f.uniq()}`, prefix: "lg_xxxxxx", laneId: f.laneA.id, createdById: f.users.lead.id } });
        return { params: { id: t.id } };
      },
    },
  ],
  "POST /api/v1/invitations": [{ profile: LEAD, request: (f) => ({ params: {}, body: { email: `invitee-${f.uniq()}@example.com`, role: "STAKEHOLDER" } }) }],
  "POST /api/v1/invitations/accept": [
    {
      profile: BY_SECRET,
      request: async (f) => {
        const secret = `secret-${f.uniq()}-${f.uniq()}`;
        const { hashApiToken } = await import("@/lib/server/auth/api-token-secret");
        await f.db.invitation.create({ data: { email: `joiner-${f.uniq()}@example.com`, role: "STAKEHOLDER", tokenHash: hashApiToken(secret), invitedById: f.users.lead.id, expiresAt: new Date(Date.now() + 86_400_000) } });
        return { params: {}, body: { token: secret, name: "New Person", password: "a-long-enough-password" } };
      },
    },
  ],
  "PATCH /api/v1/people/[id]": [
    {
      profile: LEAD,
      request: async (f) => {
        const u = await f.db.user.create({ data: { email: `person-${f.uniq()}@example.com`, name: "Someone", role: "STAKEHOLDER" } });
        return { params: { id: u.id }, body: { role: "LANE_OWNER" } };
      },
    },
  ],
};
