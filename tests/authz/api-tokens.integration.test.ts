import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";

// CI tokens end to end through the real route handlers: create (shown once, stored hashed), use,
// lastUsedAt, revoke, wrong scope; and the CSRF rule for cookie-authenticated writes.
process.env.DATABASE_URL = inject("databaseUrl");

const ORIGIN = "http://127.0.0.1:3000";
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

let db: Awaited<ReturnType<typeof setup>>["db"];
let ctx: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const { createTestDb } = await import("@/tests/test-db");
  const { buildLane } = await import("@/tests/factories/lanes");
  const { hashNewPassword, setPasswordCredential } = await import("@/lib/server/people/set-password-credential");
  const { getAuth } = await import("@/lib/server/auth/auth");
  const { db } = createTestDb();
  const mkLane = async (_prefix: string) => (await buildLane(db, { targets: false })).lane;
  const laneA = await mkLane("tok-a");
  const laneB = await mkLane("tok-b");
  const owner = await db.user.create({
    data: { email: `tok-owner-${laneA.slug}@example.com`, name: "Token Owner", role: "LANE_OWNER" },
  });
  const hash = await hashNewPassword("token-owner-password");
  await db.$transaction((tx) => setPasswordCredential(tx, owner.id, hash));
  await db.ownerAssignment.create({ data: { laneId: laneA.id, role: "PLANNER", userId: owner.id, reason: "test" } });
  const res = await getAuth().api.signInEmail({
    body: { email: owner.email, password: "token-owner-password" },
    asResponse: true,
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const routes = {
    tokens: (await import("@/app/api/v1/tokens/route")) as unknown as Record<string, Handler>,
    token: (await import("@/app/api/v1/tokens/[id]/route")) as unknown as Record<string, Handler>,
    releases: (await import("@/app/api/v1/lanes/[slug]/releases/route")) as unknown as Record<string, Handler>,
    readiness: (await import("@/app/api/v1/lanes/[slug]/readiness/route")) as unknown as Record<string, Handler>,
  };
  return { db, laneA, laneB, owner, cookie, routes };
}

// `host` is what the browser connected to (Next's req.url says localhost for 127.0.0.1).
const req = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  new NextRequest(`${ORIGIN}${path}`, {
    method,
    headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const browser = () => ({ cookie: ctx.cookie, origin: ORIGIN, "sec-fetch-site": "same-origin" });
const release = (n: string) => ({ versionLabel: n, engineVersion: "DataFusion 53" });

async function pushRelease(token: string, slug: string, label: string) {
  return ctx.routes.releases.POST!(
    req("POST", `/api/v1/lanes/${slug}/releases`, { authorization: `Bearer ${token}` }, release(label)),
    { params: Promise.resolve({ slug }) },
  );
}

describe("API tokens", () => {
  beforeAll(async () => {
    ctx = await setup();
    db = ctx.db;
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("creates a token shown once and stored only as a SHA-256 hash, uses it, then revokes it", async () => {
    const created = await ctx.routes.tokens.POST!(
      req("POST", "/api/v1/tokens", browser(), { name: "github-actions", lane: ctx.laneA.slug }),
      { params: Promise.resolve({}) },
    );
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const body = (await created.json()) as { id: string; token: string; prefix: string };
    expect(body.token).toMatch(/^lg_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: body.id } });
    expect(JSON.stringify(row)).not.toContain(body.token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.token.startsWith(row.prefix)).toBe(true);
    expect(row.lastUsedAt).toBeNull();

    const listed = await ctx.routes.tokens.GET!(req("GET", `/api/v1/tokens?lane=${ctx.laneA.slug}`, browser()), {
      params: Promise.resolve({}),
    });
    expect(JSON.stringify(await listed.json())).not.toContain(body.token);

    const used = await pushRelease(body.token, ctx.laneA.slug, "ci-1");
    expect(used.status).toBe(201);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { laneId: ctx.laneA.id, action: "release.create" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({ actorType: "TOKEN", actorId: body.id, actorLabel: "token github-actions" });
    const firstUse = (await db.apiToken.findUniqueOrThrow({ where: { id: body.id } })).lastUsedAt;
    expect(firstUse).not.toBeNull();
    // A second use within the minute does not write lastUsedAt again.
    expect((await pushRelease(body.token, ctx.laneA.slug, "ci-2")).status).toBe(201);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: body.id } })).lastUsedAt).toEqual(firstUse);

    const readiness = await ctx.routes.readiness.GET!(
      req("GET", `/api/v1/lanes/${ctx.laneA.slug}/readiness`, { authorization: `Bearer ${body.token}` }),
      { params: Promise.resolve({ slug: ctx.laneA.slug }) },
    );
    expect(readiness.status).toBe(200);

    const revoked = await ctx.routes.token.DELETE!(req("DELETE", `/api/v1/tokens/${body.id}`, browser()), {
      params: Promise.resolve({ id: body.id }),
    });
    expect(revoked.status).toBe(200);
    const releases = await db.release.count();
    const after = await pushRelease(body.token, ctx.laneA.slug, "ci-3");
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await db.release.count()).toBe(releases);
  });

  it("refuses a token on another lane (403) and a wrong or malformed token (401), writing nothing", async () => {
    const created = await ctx.routes.tokens.POST!(
      req("POST", "/api/v1/tokens", browser(), { name: "scoped", lane: ctx.laneA.slug }),
      { params: Promise.resolve({}) },
    );
    const { token } = (await created.json()) as { token: string };
    const before = await Promise.all([db.release.count(), db.auditEvent.count()]);
    const other = await pushRelease(token, ctx.laneB.slug, "x-1");
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ code: "FORBIDDEN" });
    expect((await pushRelease(`${token.slice(0, -2)}xx`, ctx.laneA.slug, "x-2")).status).toBe(401);
    expect((await pushRelease("not-a-token", ctx.laneA.slug, "x-3")).status).toBe(401);
    const empty = await ctx.routes.releases.POST!(
      req("POST", `/api/v1/lanes/${ctx.laneA.slug}/releases`, { authorization: "Bearer " }, release("x-4")),
      { params: Promise.resolve({ slug: ctx.laneA.slug }) },
    );
    expect(empty.status).toBe(401);
    expect(await Promise.all([db.release.count(), db.auditEvent.count()])).toEqual(before);
  });

  it("refuses a cookie-authenticated write that does not come from Lanegate's own origin (CSRF)", async () => {
    const before = await Promise.all([db.release.count(), db.auditEvent.count()]);
    const attempts: Record<string, string>[] = [
      { cookie: ctx.cookie },
      { cookie: ctx.cookie, origin: "https://evil.example" },
      { cookie: ctx.cookie, "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { cookie: ctx.cookie, "sec-fetch-site": "same-site" },
    ];
    for (const headers of attempts) {
      const res = await ctx.routes.releases.POST!(
        req("POST", `/api/v1/lanes/${ctx.laneA.slug}/releases`, headers, release("csrf")),
        { params: Promise.resolve({ slug: ctx.laneA.slug }) },
      );
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: "CSRF_REJECTED" });
    }
    expect(await Promise.all([db.release.count(), db.auditEvent.count()])).toEqual(before);
    const ok = await ctx.routes.releases.POST!(
      req(
        "POST",
        `/api/v1/lanes/${ctx.laneA.slug}/releases`,
        { cookie: ctx.cookie, origin: ORIGIN },
        release("csrf-ok"),
      ),
      { params: Promise.resolve({ slug: ctx.laneA.slug }) },
    );
    expect(ok.status, await ok.clone().text()).toBe(201);
  });

  it("treats a session of a deactivated person as signed out", async () => {
    await db.user.update({ where: { id: ctx.owner.id }, data: { deactivatedAt: new Date() } });
    try {
      const res = await ctx.routes.readiness.GET!(req("GET", `/api/v1/lanes/${ctx.laneA.slug}/readiness`, browser()), {
        params: Promise.resolve({ slug: ctx.laneA.slug }),
      });
      expect(res.status).toBe(401);
    } finally {
      await db.user.update({ where: { id: ctx.owner.id }, data: { deactivatedAt: null } });
    }
  });
});
