import path from "node:path";
import { fileURLToPath } from "node:url";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { RouteDefinition } from "@/lib/server/api/route-definition";
import { expectDeclaredAnswer } from "@/tests/api/expect-declared-answer";
import { discoverApiRoutes } from "@/tests/api-routes";
import { MUTATION_MATRIX, ROLES, type Fixture, type Outcome, type Role } from "./mutation-matrix";
import { READ_MATRIX } from "./read-matrix";

// Runs every /api/v1 route handler, reads and writes (the real module, with real Request objects
// and real cookies/tokens), for every kind of caller against real Postgres. For each refusal, a
// fingerprint of every table must be unchanged and the body must hold none of the data asked for.
process.env.DATABASE_URL = inject("databaseUrl");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ORIGIN = "http://127.0.0.1:3000";
const MATRIX = { ...READ_MATRIX, ...MUTATION_MATRIX };

const routes = discoverApiRoutes();

// Tables whose rows legitimately move on a refused request: sign-in bookkeeping, and the token's
// lastUsedAt (fingerprinted without that column below).
const UNFINGERPRINTED = new Set(["session", "rateLimit", "verification", "_prisma_migrations", "ApiToken"]);

let f: Fixture;
const credentials = {} as Record<Role, Record<string, string>>;
let tables: string[] = [];

async function fingerprint(): Promise<Record<string, string>> {
  const parts = tables.map(
    (t) =>
      `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t}" x`,
  );
  parts.push(
    `SELECT 'ApiToken' AS t, count(*)::text || ':' || coalesce(md5(string_agg(id || coalesce("revokedAt"::text, '-'), '|' ORDER BY id)), '') AS h FROM "ApiToken"`,
  );
  const rows = await f.db.$queryRawUnsafe<{ t: string; h: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

async function call(
  key: string,
  role: Role,
  params: Record<string, string>,
  body: unknown,
  query: Record<string, string> = {},
) {
  const [method, pattern] = key.split(" ") as [string, string];
  const search = Object.keys(query).length ? `?${new URLSearchParams(query)}` : "";
  const url = `${pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? "missing"))}${search}`;
  const file = path.join(root, "app", pattern.replace(/^\//, ""), "route.ts");
  const mod = (await import(/* @vite-ignore */ file)) as Record<
    string,
    ((req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
      definition?: RouteDefinition;
    }
  >;
  const headers = new Headers({ ...credentials[role], "content-type": "application/json" });
  const req = new NextRequest(`${ORIGIN}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const res = await mod[method]!(req, { params: Promise.resolve(params) });
  return Object.assign(res, { definition: mod[method]!.definition });
}

const matches = (status: number, expected: Outcome) =>
  expected === 2 ? status >= 200 && status < 300 : status === expected;

describe("authorization matrix: every route × every caller", () => {
  const summary: string[][] = [];

  beforeAll(async () => {
    const { createTestDb } = await import("@/tests/test-db");
    const { buildLane } = await import("@/tests/factories/lanes");
    const { hashNewPassword, setPasswordCredential } = await import("@/lib/server/people/set-password-credential");
    const { generateApiToken } = await import("@/lib/server/auth/api-token-secret");
    const { getAuth } = await import("@/lib/server/auth/auth");
    const { db } = createTestDb();
    const uniq = () => Math.random().toString(36).slice(2, 10);
    const mkLane = async (_prefix: string) => (await buildLane(db, { targets: false })).lane;
    const [laneA, laneB] = [await mkLane("matrix-a"), await mkLane("matrix-b")];
    const password = "matrix-password-123";
    const mkUser = async (role: "STAKEHOLDER" | "LANE_OWNER" | "PLATFORM_LEAD") => {
      const u = await db.user.create({
        data: { email: `matrix-${uniq()}@example.com`, name: `Matrix ${role}`, role },
        select: { id: true, email: true },
      });
      const hash = await hashNewPassword(password);
      await db.$transaction((tx) => setPasswordCredential(tx, u.id, hash));
      return u;
    };
    const users = {
      stakeholder: await mkUser("STAKEHOLDER"),
      owner: await mkUser("LANE_OWNER"),
      otherOwner: await mkUser("LANE_OWNER"),
      lead: await mkUser("PLATFORM_LEAD"),
    };
    await db.ownerAssignment.createMany({
      data: [
        { laneId: laneA.id, role: "PLANNER", userId: users.owner.id, reason: "matrix" },
        { laneId: laneB.id, role: "EXECUTOR", userId: users.otherOwner.id, reason: "matrix" },
      ],
    });
    f = { db, laneA, laneB, users, uniq };
    const auth = getAuth();
    for (const role of ["stakeholder", "owner", "otherOwner", "lead"] as const) {
      const res = await auth.api.signInEmail({ body: { email: users[role].email, password }, asResponse: true });
      const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
      expect(cookie, `sign-in cookie for ${role}`).toMatch(/session_token=/);
      // A browser sends its own origin with every fetch; cross-site requests are covered by the CSRF test.
      credentials[role] = { cookie, origin: ORIGIN, "sec-fetch-site": "same-origin" };
    }
    for (const [role, laneId] of [
      ["token", laneA.id],
      ["otherToken", laneB.id],
    ] as const) {
      const t = generateApiToken();
      await db.apiToken.create({
        data: { name: `matrix-${role}`, tokenHash: t.tokenHash, prefix: t.prefix, laneId, createdById: users.lead.id },
      });
      credentials[role] = { authorization: `Bearer ${t.token}` };
    }
    credentials.anonymous = {};
    const rows = await db.$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    tables = rows.map((r) => r.table_name).filter((t) => !UNFINGERPRINTED.has(t));
  }, 120_000);

  afterAll(async () => {
    const header = ["route", ...ROLES];
    const widths = header.map((h, i) => Math.max(h.length, ...summary.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
    console.log(
      `\nAuthorization matrix (${summary.length} routes × ${ROLES.length} callers; 2xx = allowed)\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}\n${summary.map(line).join("\n")}\n`,
    );
    await f?.db.$disconnect();
  });

  it("has an entry for every route and method, and no entry for a route that does not exist", () => {
    const discovered = routes.map((m) => m.key);
    expect(discovered.filter((k) => k.startsWith("GET ")).length).toBeGreaterThan(10);
    expect(
      discovered.filter((k) => !(k in MATRIX)),
      "routes without a matrix entry (add GETs to tests/authz/read-matrix.ts, writes to tests/authz/mutation-matrix.ts)",
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((k) => !discovered.includes(k)),
      "matrix entries for routes that no longer exist",
    ).toEqual([]);
  });

  for (const [key, cases] of Object.entries(MATRIX)) {
    for (const c of cases) {
      const name = c.label ? `${key} (${c.label})` : key;
      it(name, async () => {
        const row = [name];
        for (const role of ROLES) {
          const expected = c.profile[role];
          const { params, body, query, secret } = await c.request(f);
          const before = expected === 2 ? null : await fingerprint();
          const res = await call(key, role, params, body, query);
          const text = await res.text();
          expect(
            matches(res.status, expected),
            `${name} as ${role}: expected ${expected === 2 ? "2xx" : expected}, got ${res.status} ${text}`,
          ).toBe(true);
          if (expected === 2) expectDeclaredAnswer({ name, definition: res.definition, status: res.status, text });
          if (before) {
            const after = await fingerprint();
            expect(after, `${name} as ${role} was refused but changed the database`).toEqual(before);
            expect(text).not.toMatch(/at .*\.(ts|js):\d+|SELECT|INSERT|prisma/i);
            if (secret) expect(text, `${name} as ${role} was refused but answered the data`).not.toContain(secret);
          } else if (secret) {
            expect(text, `${name} as ${role} should receive the data`).toContain(secret);
          }
          row.push(`${res.status}`);
        }
        summary.push(row);
      });
    }
  }
});
