import http from "node:http";
import { expect, test } from "@playwright/test";
import { STORAGE } from "./auth-helpers";
import { sql } from "./support/db";
import { startExtraServer, type ExtraServer } from "./support/extra-server";
import { savedCookie, uniq } from "./support/http-session";
import { signInFrom } from "./support/sign-in-from";
import { laneFields, relativeLatency } from "../tests/factories/inputs";

// Two more production servers of the same build on the run's database (the main server is a third
// instance): everything that must hold across instances lives in Postgres. Webhook receivers on
// loopback need WEBHOOK_ALLOW_PRIVATE_TARGETS on the servers that deliver; the main server refuses
// them (SSRF guard), so it runs without a webhook worker (WEBHOOK_WORKER=false, scripts/run-e2e.mjs)
// and these two share the outbox.
test.describe.configure({ mode: "serial", timeout: 240_000 });
test.use({ storageState: { cookies: [], origins: [] } });

const base = Number(process.env.E2E_PORT ?? 3100);
const PER_ACCOUNT = Number(process.env.AUTH_RATE_LIMIT_PER_ACCOUNT ?? 5);
let a: ExtraServer;
let b: ExtraServer;
let receiver: http.Server;
const received: { delivery: string; event: string; body: Record<string, unknown> }[] = [];

async function call(server: ExtraServer, method: string, path: string, cookie: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      cookie,
      ...(method === "GET" ? {} : { origin: server.url, "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: () => JSON.parse(text) as Record<string, unknown>, text };
}

async function ok(server: ExtraServer, method: string, path: string, cookie: string, body?: unknown) {
  const res = await call(server, method, path, cookie, body);
  if (res.status >= 300) throw new Error(`${method} ${path} on ${server.port} answered ${res.status}: ${res.text}`);
  return res.json();
}

async function signIn(server: ExtraServer, email: string, password = "lanegate-demo") {
  const res = await fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const laneBody = (slug: string) => ({
  slug,
  ...laneFields(`Two instances ${slug}`, { workload: "Two-instance workload", team: "finance-data-platform" }),
  targets: [relativeLatency(1000)],
});

test.beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString()));
    req.on("end", () => {
      received.push({
        delivery: String(req.headers["lanegate-delivery"]),
        event: String(req.headers["lanegate-event"]),
        body: JSON.parse(text) as Record<string, unknown>,
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(base + 3, "127.0.0.1", resolve));
  const env = {
    WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
    WEBHOOK_WORKER: "true",
    READINESS_SCHEDULER_INTERVAL_MS: "1000",
  };
  [a, b] = await Promise.all([startExtraServer(base + 1, env), startExtraServer(base + 2, env)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await new Promise((resolve) => receiver?.close(resolve));
});

test("a session made on one instance works on the other, and signing out on one ends it on both", async () => {
  const cookie = await signIn(a, "grace.kim@northwind.example");
  expect((await call(b, "GET", "/api/v1/lanes?pageSize=1", cookie)).status).toBe(200);
  expect((await call(a, "GET", "/api/v1/lanes?pageSize=1", cookie)).status).toBe(200);
  const out = await fetch(`${b.url}/api/auth/sign-out`, {
    method: "POST",
    headers: { cookie, origin: b.url, "content-type": "application/json" },
    body: "{}",
  });
  expect(out.status).toBe(200);
  expect((await call(a, "GET", "/api/v1/lanes?pageSize=1", cookie)).status).toBe(401);
});

test("sign-in limits are shared: wrong passwords spread over both instances lock the account on both", async () => {
  const email = `nobody-${uniq()}@two-instances.example`;
  const statuses: number[] = [];
  for (let i = 0; i < PER_ACCOUNT + 2; i++) {
    const server = i % 2 === 0 ? a : b;
    const res = await signInFrom({
      baseUrl: server.url,
      localAddress: `127.0.12.${10 + i}`,
      email,
      password: "wrong-pass-123",
    });
    statuses.push(res.status);
  }
  expect(statuses.slice(0, PER_ACCOUNT).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(PER_ACCOUNT)).toEqual([429, 429]);
});

test("concurrent writes through both keep versions: one edit wins, the other is refused; no measurement is lost", async () => {
  const lead = savedCookie(STORAGE.lead);
  const slug = `two-${uniq()}`;
  await ok(a, "POST", "/api/v1/lanes", lead, laneBody(slug));
  const [{ version } = { version: 0 }] = await sql<{ version: number }>(`SELECT version FROM "Lane" WHERE slug = $1`, [
    slug,
  ]);
  const { slug: _slug, targets: _targets, ...fields } = laneBody(slug);
  const edit = (server: ExtraServer, name: string) =>
    call(server, "PATCH", `/api/v1/lanes/${slug}`, lead, { ...fields, name, version });
  const [x, y] = await Promise.all([edit(a, "Edited on A"), edit(b, "Edited on B")]);
  expect([x.status, y.status].sort()).toEqual([200, 409]);

  await ok(a, "POST", `/api/v1/lanes/${slug}/releases`, lead, { versionLabel: "r1", engineVersion: "53.1.0" });
  await ok(b, "POST", `/api/v1/lanes/${slug}/releases/r1/deploy`, lead, { observationWindowHours: 24 });
  const before = await sql<{ version: number }>(
    `SELECT r.version FROM "LaneReadiness" r JOIN "Lane" l ON l.id = r."laneId" WHERE l.slug = $1`,
    [slug],
  );
  const writes = Array.from({ length: 12 }, (_, i) =>
    ok(i % 2 === 0 ? a : b, "POST", `/api/v1/lanes/${slug}/releases/r1/measurements`, lead, {
      kpiKey: "p95_latency_ms",
      value: 700 + i,
      source: "PRODUCTION",
      takenAt: new Date(Date.now() - 60_000 + i).toISOString(),
    }),
  );
  await Promise.all(writes);
  const [counts] = await sql<{ measurements: number; audit: number; version: number }>(
    `SELECT (SELECT count(*)::int FROM "Measurement" m JOIN "Release" r ON r.id = m."releaseId" WHERE r."laneId" = l.id) AS measurements,
            (SELECT count(*)::int FROM "AuditEvent" e WHERE e."laneId" = l.id AND e.action = 'measurement.record') AS audit,
            (SELECT version FROM "LaneReadiness" WHERE "laneId" = l.id) AS version
     FROM "Lane" l WHERE l.slug = $1`,
    [slug],
  );
  expect(counts).toEqual({ measurements: 12, audit: 12, version: (before[0]?.version ?? 0) + 12 });
});

test("a verdict change is delivered to its webhook once, and a window that ends by time is recorded once", async () => {
  const lead = savedCookie(STORAGE.lead);
  const slug = `two-${uniq()}`;
  await ok(a, "POST", "/api/v1/lanes", lead, laneBody(slug));
  await ok(a, "POST", "/api/v1/webhooks", lead, {
    url: `http://127.0.0.1:${base + 3}/hook`,
    laneSlugs: [slug],
    events: ["verdict.changed"],
  });
  // The releases below are deployed an hour in the past; their targets must already be in force then.
  await sql(
    `UPDATE "TargetVersion" SET "effectiveFrom" = now() - interval '3 hours', "approvedAt" = now() - interval '3 hours', "createdAt" = now() - interval '3 hours'
     WHERE "laneId" = (SELECT id FROM "Lane" WHERE slug = $1)`,
    [slug],
  );
  // 1. A stop breach through the API: HOLD → STOP at once, one delivery.
  await ok(b, "POST", `/api/v1/lanes/${slug}/releases`, lead, { versionLabel: "r1", engineVersion: "53.1.0" });
  // Deployments in the past, oldest first (r1, r2, r3), so r3 is the lane's newest release.
  const start = Date.now();
  await ok(a, "POST", `/api/v1/lanes/${slug}/releases/r1/deploy`, lead, {
    observationWindowHours: 24,
    deployedAt: new Date(start - 3_600_000 - 10_000).toISOString(),
  });
  await ok(b, "POST", `/api/v1/lanes/${slug}/releases/r1/measurements`, lead, {
    kpiKey: "p95_latency_ms",
    value: 1500,
    source: "PRODUCTION",
    takenAt: new Date(Date.now() - 1000).toISOString(),
  });

  // 2. r2 closes stable (STOP → HOLD); r3's window ends by time alone, 8 s after its deployment, on a breach
  //    recorded outside the API (so the window stays open): HOLD → STOP when the window ends.
  await ok(a, "POST", `/api/v1/lanes/${slug}/releases`, lead, { versionLabel: "r2", engineVersion: "53.1.0" });
  await ok(b, "POST", `/api/v1/lanes/${slug}/releases`, lead, { versionLabel: "r3", engineVersion: "53.1.0" });
  await ok(a, "POST", `/api/v1/lanes/${slug}/releases/r2/deploy`, lead, {
    observationWindowHours: 2,
    deployedAt: new Date(start - 3_600_000 - 5_000).toISOString(),
  });
  // r2 stable-looking so far; r3 carries the breach and closes by time.
  await ok(b, "POST", `/api/v1/lanes/${slug}/releases/r2/measurements`, lead, {
    kpiKey: "p95_latency_ms",
    value: 700,
    source: "PRODUCTION",
    takenAt: new Date(Date.now() - 1000).toISOString(),
  });
  await ok(a, "POST", `/api/v1/lanes/${slug}/releases/r2/close`, lead, {});
  // Its window ends 8 s from now, however long the steps above took.
  await ok(a, "POST", `/api/v1/lanes/${slug}/releases/r3/deploy`, lead, {
    observationWindowHours: 1,
    deployedAt: new Date(Date.now() - 3_600_000 + 8_000).toISOString(),
  });
  const [r3] = await sql<{ id: string; ends: Date }>(
    `SELECT r.id, r."observationEndsAt" AS ends FROM "Release" r JOIN "Lane" l ON l.id = r."laneId" WHERE l.slug = $1 AND r."versionLabel" = 'r3'`,
    [slug],
  );
  await sql(
    `INSERT INTO "Measurement" (id, "releaseId", "kpiKey", value, source, "takenAt") VALUES ($1, $2, 'p95_latency_ms', 1500, 'PRODUCTION', now())`,
    [`two_${uniq()}`, r3?.id],
  );
  const verdict = async () =>
    (
      await sql<{ verdict: string }>(
        `SELECT r.verdict::text FROM "LaneReadiness" r JOIN "Lane" l ON l.id = r."laneId" WHERE l.slug = $1`,
        [slug],
      )
    )[0]?.verdict;
  expect(await verdict()).toBe("HOLD");

  // Both extra instances tick every second; the change is recorded once, at the window's end.
  await expect(async () => {
    const rows = await sql<{ at: Date; verdict: string; cause: string }>(
      `SELECT c.at, c.verdict::text, c.cause FROM "ReadinessChange" c JOIN "Lane" l ON l.id = c."laneId"
       WHERE l.slug = $1 AND c.cause = 'Observation window of release r3 ended'`,
      [slug],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.verdict).toBe("STOP");
    expect(rows[0]?.at.getTime()).toBe(r3?.ends.getTime());
  }).toPass({ timeout: 60_000 });
  expect(await verdict()).toBe("STOP");

  // Three verdict changes (HOLD → STOP, STOP → HOLD at r2's close, HOLD → STOP by time): each
  // delivered exactly once, whichever instance claimed it.
  const mine = () => received.filter((r) => (r.body.lane as { slug?: string } | undefined)?.slug === slug);
  await expect(async () => expect(mine()).toHaveLength(3)).toPass({ timeout: 120_000, intervals: [2_000] });
  await new Promise((r) => setTimeout(r, 8_000));
  expect(mine()).toHaveLength(3);
  expect(new Set(mine().map((r) => r.delivery)).size).toBe(3);
  const timed = mine().find((r) => r.body.cause === "Observation window of release r3 ended");
  expect(timed?.body).toMatchObject({ from: "HOLD", to: "STOP", at: r3?.ends.toISOString() });
  const [deliveries] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "WebhookDelivery" d JOIN "Lane" l ON l.id = d."laneId" WHERE l.slug = $1 AND d.status = 'DELIVERED'`,
    [slug],
  );
  expect(deliveries?.n).toBe(3);
});
