import { expect, test } from "@playwright/test";
import { asLead, createPerson } from "./factories/lanes";
import { startExtraServer, type ExtraServer } from "./support/extra-server";
import { BASE_URL, uniq } from "./support/http-session";
import { signInFrom } from "./support/sign-in-from";

// Sign-in throttling against real servers, with real concurrency. Each "client" connects from its
// own loopback address (127.0.10.x), so these attempts never share a bucket with other specs.
// The main server runs with the defaults (reached directly: X-Forwarded-For is ignored); a second
// server of the same build runs with TRUSTED_PROXY_HOPS=1 (behind one reverse proxy).
test.describe.configure({ timeout: 300_000, mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

const PER_ACCOUNT = Number(process.env.AUTH_RATE_LIMIT_PER_ACCOUNT ?? 5);
const PER_ADDRESS = Number(process.env.AUTH_RATE_LIMIT_PER_ADDRESS ?? 30);
const PASSWORD = "a-throttle-test-password";
const proxyPort = Number(process.env.E2E_PORT ?? 3100) + 1;

/** A fresh person (invited and accepted over the API), so locking their account harms no one. */
const freshAccount = async (): Promise<string> =>
  (
    await asLead((lead) =>
      createPerson(lead, "STAKEHOLDER", "Throttle Test", {
        password: PASSWORD,
        email: `throttle-${uniq()}@throttle.example`,
      }),
    )
  ).email;

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});

test("30 concurrent wrong passwords for one account: only the per-account limit is evaluated", async () => {
  const email = await freshAccount();
  const attempts = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signInFrom({ baseUrl: BASE_URL, localAddress: `127.0.10.${i + 1}`, email, password: "wrong-password-123" }),
    ),
  );
  const statuses = tally(attempts.map((a) => a.status));
  expect(statuses, JSON.stringify(statuses)).toEqual({ 401: PER_ACCOUNT, 429: 30 - PER_ACCOUNT });
  expect(attempts.find((a) => a.status === 429)?.body).toContain("TOO_MANY_ATTEMPTS");
  // Locked: even the right password is not evaluated until the window has passed.
  const right = await signInFrom({ baseUrl: BASE_URL, localAddress: "127.0.10.40", email, password: PASSWORD });
  expect(right.status).toBe(429);
});

test("the per-address limit counts the connection, not X-Forwarded-For", async () => {
  const email = await freshAccount();
  const client = "127.0.10.100";
  const statuses: number[] = [];
  for (let i = 0; i < PER_ADDRESS + 5; i++) {
    const res = await signInFrom({
      baseUrl: BASE_URL,
      localAddress: client,
      email: `nobody-${i}-${uniq()}@throttle.example`,
      password: "wrong-password-123",
      headers: { "x-forwarded-for": `198.51.100.${i + 1}` },
    });
    statuses.push(res.status);
  }
  expect(tally(statuses)).toEqual({ 401: PER_ADDRESS, 429: 5 });
  // The throttled address cannot sign in even with a right password and a fresh forged header...
  const fromThrottled = await signInFrom({
    baseUrl: BASE_URL,
    localAddress: client,
    email,
    password: PASSWORD,
    headers: { "x-forwarded-for": "198.51.100.250" },
  });
  expect(fromThrottled.status).toBe(429);
  // ...while another address can.
  const elsewhere = await signInFrom({ baseUrl: BASE_URL, localAddress: "127.0.10.101", email, password: PASSWORD });
  expect(elsewhere.status).toBe(200);
});

test.describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  let proxied: ExtraServer;
  test.beforeAll(async () => {
    proxied = await startExtraServer(proxyPort, { TRUSTED_PROXY_HOPS: "1" });
  });
  test.afterAll(async () => {
    await proxied?.stop();
  });

  test("the address the proxy appended is the client: one client is throttled, another behind the same proxy is not", async () => {
    const proxy = "127.0.10.200";
    const attempt = (forwardedFor: string) =>
      signInFrom({
        baseUrl: proxied.url,
        localAddress: proxy,
        email: `nobody-${uniq()}@throttle.example`,
        password: "wrong-password-123",
        headers: { "x-forwarded-for": forwardedFor },
      }).then((r) => r.status);
    const statuses: number[] = [];
    for (let i = 0; i < PER_ADDRESS + 1; i++) statuses.push(await attempt("203.0.113.5"));
    expect(tally(statuses)).toEqual({ 401: PER_ADDRESS, 429: 1 });
    // What the client wrote before the proxy's entry is ignored.
    expect(await attempt("1.1.1.1, 203.0.113.5")).toBe(429);
    expect(await attempt("203.0.113.99, 203.0.113.5")).toBe(429);
    // Another client behind the same proxy has its own bucket.
    expect(await attempt("203.0.113.6")).toBe(401);
  });
});
