import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ApiRouteTable } from "@/lib/server/api/openapi/build-openapi-document";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectDeclaredAnswer } from "@/tests/api/expect-declared-answer";

// Every GET route of /api/v1, called through its real module with a platform lead's session on
// real Postgres: each answers with the status and the JSON its definition (and so the OpenAPI
// document) declares. The write routes are checked the same way by the authorization matrix.
process.env.DATABASE_URL = inject("databaseUrl");

const ORIGIN = "http://127.0.0.1:3000";
let db: PrismaClient;
let routes: ApiRouteTable;
let headers: Record<string, string>;
let slug: string;

/** Each GET route with the URL values and query it is called with. */
function requests(): Record<string, { params?: Record<string, string>; query?: string }> {
  return {
    "/audit": { query: "limit=5" },
    "/decisions": {},
    "/inbox": {},
    "/lanes": {},
    "/lanes/{slug}/decisions": { params: { slug } },
    "/lanes/{slug}/export.csv": { params: { slug } },
    "/lanes/{slug}/export.json": { params: { slug } },
    "/lanes/{slug}/plans/diff": { params: { slug }, query: "query=rollup&release=r2&against=r1" },
    "/lanes/{slug}/readiness": { params: { slug }, query: "history=1" },
    "/lanes/{slug}/readiness/history": { params: { slug } },
    "/openapi.json": {},
    "/readiness.csv": {},
    "/teams": {},
    "/teams/{slug}": { params: { slug: "test-team" } },
    "/teams/{slug}/export.csv": { params: { slug: "test-team" } },
    "/teams/{slug}/export.json": { params: { slug: "test-team" } },
    "/tokens": { query: `lane=${slug}` },
    "/webhooks": {},
  };
}

beforeAll(async () => {
  const { createTestDb } = await import("@/tests/test-db");
  const { createReleaseLane, days } = await import("@/tests/factories/lanes");
  const { hashNewPassword, setPasswordCredential } = await import("@/lib/server/people/set-password-credential");
  const { getAuth } = await import("@/lib/server/auth/auth");
  const { createRelease } = await import("@/lib/server/releases/create-release");
  ({ API_ROUTES: routes } = await import("@/app/api/v1/api-routes"));
  ({ db } = createTestDb());
  const now = new Date();
  const created = await createReleaseLane(db, { at: now });
  slug = created.slug;

  const email = `reader-${slug}@example.com`;
  const lead = await db.user.create({
    data: { email, name: "Reader Lead", role: "PLATFORM_LEAD" },
    select: { id: true },
  });
  await db.$transaction(async (tx) => setPasswordCredential(tx, lead.id, await hashNewPassword("reader-password-123")));
  const signIn = await getAuth().api.signInEmail({
    body: { email, password: "reader-password-123" },
    asResponse: true,
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  headers = { cookie, origin: ORIGIN, "sec-fetch-site": "same-origin" };

  // Evidence of every kind, so each answer carries rows and not only empty lists.
  const actor = { type: "USER", userId: lead.id, name: "Reader Lead", role: "PLATFORM_LEAD" } as const;
  for (const label of ["r1", "r2"])
    await createRelease({ db, actor, slug, input: { versionLabel: label, engineVersion: "DataFusion 53.1.0" } });
  const [r1, r2] = await Promise.all(
    ["r1", "r2"].map((versionLabel) =>
      db.release.update({
        where: { laneId_versionLabel: { laneId: created.lane.id, versionLabel } },
        data: { deployedAt: days(now, -3), observationEndsAt: days(now, -1) },
      }),
    ),
  );
  await db.measurement.create({
    data: { releaseId: r1!.id, kpiKey: "p95_latency_ms", value: 3100.5, source: "PRODUCTION", takenAt: days(now, -2) },
  });
  await db.incident.create({
    data: {
      laneId: created.lane.id,
      releaseId: r1!.id,
      ref: "INC-1",
      severity: "P3",
      title: "Slow",
      openedAt: days(now, -2),
    },
  });
  await db.regression.create({
    data: { releaseId: r1!.id, summary: "Spill", detectedAt: days(now, -2), recoveredAt: days(now, -2) },
  });
  for (const release of [r1!, r2!])
    await db.planSnapshot.create({
      data: {
        laneId: created.lane.id,
        releaseId: release.id,
        queryName: "rollup",
        rawText: "ProjectionExec: expr=[a@0 as a]\n  DataSourceExec: file_groups={1 group}",
        capturedAt: days(now, -2),
      },
    });
  await db.decision.create({
    data: {
      laneId: created.lane.id,
      outcome: "REFUSED",
      reason: "Not yet stable",
      evaluation: {},
      decidedById: lead.id,
    },
  });
  // The lead follows the lane, so the inbox lists its readiness changes.
  await db.laneFollow.create({ data: { userId: lead.id, laneId: created.lane.id, createdAt: days(now, -30) } });
  await db.webhook.create({
    data: {
      url: "https://hooks.example.com/x",
      secret: "s",
      laneIds: [],
      events: ["verdict.changed"],
      createdById: lead.id,
    },
  });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
});

describe("every GET route answers as it declares", () => {
  it("calls each of them", () => {
    const gets = Object.entries(routes).flatMap(([path, module]) => (module.GET ? [path] : []));
    expect(Object.keys(requests()).sort()).toEqual(gets.sort());
  });

  it.each(Object.keys({ ...requests() }))("GET %s", async (path) => {
    const { params = {}, query } = requests()[path]!;
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
    const handler = routes[path]?.GET as
      | (((req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
          definition: Parameters<typeof expectDeclaredAnswer>[0]["definition"];
        })
      | undefined;
    const res = await handler!(new NextRequest(`${ORIGIN}/api/v1${url}${query ? `?${query}` : ""}`, { headers }), {
      params: Promise.resolve(params),
    });
    const text = await res.text();
    expect(res.status, text).toBeLessThan(300);
    expectDeclaredAnswer({ name: `GET ${path}`, definition: handler!.definition, status: res.status, text });
    if (res.headers.get("content-type")?.includes("json")) expect(text).not.toBe("{}");
  });
});
