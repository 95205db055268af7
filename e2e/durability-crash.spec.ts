// The built app on a Postgres cluster of this spec's own (never the shared server): the server is
// killed and the database stopped while idempotent writes are in flight, and every retry must end
// in the replayed result or the write, never a key stuck "in progress". Also: while the database is
// down the API answers 503 problem+json with Retry-After, and a page shows an unavailable state.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { hashPassword } from "better-auth/crypto";
import pg from "pg";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../tests/throwaway-postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Beside the main e2e server's port (E2E_PORT) and its OIDC provider's (E2E_PORT + 5000).
const port = Number(process.env.E2E_PORT ?? 3100) + 17;
const base = `http://127.0.0.1:${port}`;
const N = 40;
const PASSWORD = "crash-test-password-123";

test.use({ storageState: { cookies: [], origins: [] } });

let cluster: ThrowawayPostgres;
let server: ChildProcess | null = null;
let token: string;
let email: string;
const slug = "crash-lane";
const label = "2026.11.1";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer() {
  server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: cluster.url, BETTER_AUTH_URL: base, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; await sleep(250)) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
  }
  throw new Error("the app did not start");
}

function killServer() {
  if (server?.pid) process.kill(-server.pid, "SIGKILL");
  server = null;
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: cluster.url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startThrowawayPostgres();
  const userId = randomUUID();
  email = `crash-${randomBytes(3).toString("hex")}@example.com`;
  await query(
    `INSERT INTO "user" (id, name, email, role, "updatedAt") VALUES ($1, 'Crash Lead', $2, 'PLATFORM_LEAD', now())`,
    [userId, email],
  );
  await query(
    `INSERT INTO account (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`,
    [randomUUID(), userId, await hashPassword(PASSWORD)],
  );
  token = `lg_${randomBytes(32).toString("base64url")}`;
  const laneId = randomUUID();
  await query(`INSERT INTO "Team" (id, slug, name) VALUES ('team_e2e', 'e2e-team', 'E2E team') ON CONFLICT DO NOTHING`);
  await query(
    `INSERT INTO "Lane" (id, slug, name, workload, "teamId", "engineVersion", "updatedAt") VALUES ($1, $2, 'Crash', 'w', (SELECT id FROM "Team" WHERE slug = 'e2e-team'), '53.1.0', now())`,
    [laneId, slug],
  );
  await query(`INSERT INTO "Release" (id, "laneId", "versionLabel", "engineVersion") VALUES ($1, $2, $3, '53.1.0')`, [
    randomUUID(),
    laneId,
    label,
  ]);
  await query(
    `INSERT INTO "ApiToken" (id, name, "tokenHash", prefix, "laneId", "createdById") VALUES ($1, 'crash-ci', $2, $3, $4, $5)`,
    [randomUUID(), createHash("sha256").update(token).digest("hex"), token.slice(0, 9), laneId, userId],
  );
  await startServer();
});

test.afterAll(() => {
  killServer();
  cluster?.destroy();
});

/** Fires N idempotent incident writes, runs `interrupt` once a quarter have committed, then retries every key. */
async function interruptedWrites(tag: string, interrupt: () => Promise<void>) {
  const openedAt = new Date(Date.now() - 60_000).toISOString();
  const send = (i: number) =>
    fetch(`${base}/api/v1/lanes/${slug}/releases/${label}/incidents`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": `${tag}-key-${i}`,
      },
      body: JSON.stringify({ ref: `${tag}-${i}`, severity: "P3", title: "written during a crash", openedAt }),
    });
  const inFlight = Array.from({ length: N }, (_, i) =>
    send(i).then(
      (r) => String(r.status),
      () => "no answer",
    ),
  );
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(5)) {
    const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Incident" WHERE ref LIKE $1`, [
      `${tag}-%`,
    ]);
    if (row!.n >= N / 4) break;
  }
  await interrupt();
  const during = await Promise.all(inFlight);
  const final: { status: number; replayed: boolean }[] = [];
  for (let i = 0; i < N; i += 1) {
    let res = await send(i);
    for (let attempt = 0; res.status === 503 && attempt < 60; attempt += 1) {
      await sleep(500);
      res = await send(i);
    }
    final.push({ status: res.status, replayed: res.headers.get("idempotent-replayed") === "true" });
  }
  const [written] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Incident" WHERE ref LIKE $1`, [
    `${tag}-%`,
  ]);
  const [stuck] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "IdempotencyKey" WHERE key LIKE $1 AND "responseStatus" = 0`,
    [`${tag}-key-%`],
  );
  const tally = (xs: string[]) =>
    Object.entries(xs.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))
      .map(([s, n]) => `${n} × ${s}`)
      .join(", ");
  console.log(
    `\n${tag}: ${N} idempotent writes; answers before the interruption: ${tally(during)}; on retry: ` +
      `${final.filter((f) => f.replayed).length} replayed, ${final.filter((f) => f.status === 201 && !f.replayed).length} written, ` +
      `${final.filter((f) => f.status === 409).length} stuck (409); incidents stored ${written!.n}/${N}\n`,
  );
  expect(during.filter((s) => s === "201").length, "some writes committed before the interruption").toBeGreaterThan(0);
  expect(during.filter((s) => s !== "201").length, "some writes were cut off").toBeGreaterThan(0);
  expect(final.map((f) => f.status)).toEqual(Array(N).fill(201));
  expect(written!.n).toBe(N);
  expect(stuck!.n).toBe(0);
}

test("a server killed mid-write leaves no Idempotency-Key stuck: each retry replays or writes, once", async () => {
  test.setTimeout(240_000);
  await interruptedWrites("kill", async () => {
    killServer();
    await startServer();
  });
});

test("Postgres stopped mid-write: every retry ends in the replayed result or the write", async () => {
  test.setTimeout(240_000);
  await interruptedWrites("pgstop", async () => {
    cluster.stop("immediate");
    await sleep(1000);
    cluster.start();
  });
});

test("while Postgres is down: the API answers 503 problem+json with Retry-After, a page an unavailable state", async () => {
  test.setTimeout(120_000);
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  cluster.stop("fast");
  try {
    for (const url of [`/api/v1/lanes`, `/api/v1/lanes/${slug}/readiness`, `/api/v1/audit?actor=x`]) {
      const res = await fetch(`${base}${url}`, { headers: { cookie } });
      expect(res.status, url).toBe(503);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(((await res.json()) as { code: string }).code).toBe("DATABASE_UNAVAILABLE");
    }
    const write = await fetch(`${base}/api/v1/lanes/${slug}/releases`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ versionLabel: "2026.11.9", engineVersion: "53.1.0" }),
    });
    expect(write.status).toBe(503);
    expect((await fetch(`${base}/api/health`)).status).toBe(503);
    const page = await fetch(`${base}/`, { headers: { cookie } });
    const html = await page.text();
    expect(html).toContain("Lanegate is temporarily unavailable");
    expect(html).not.toMatch(/PrismaClient|ECONNREFUSED|at .*\.(js|ts):\d+/);
  } finally {
    cluster.start();
  }
});
