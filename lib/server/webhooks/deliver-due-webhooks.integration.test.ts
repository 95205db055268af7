import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver-due-webhooks";
import { claimDueDeliveries, DELIVERY_LEASE_MS } from "@/lib/server/webhooks/claim-due-deliveries";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { verifyWebhookSignature } from "@/lib/server/webhooks/sign-webhook-body";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/domain/trends/compute-backoff";
import type { ResolveHost } from "@/lib/server/webhooks/post-to-receiver";
import { buildLane } from "@/tests/factories/lanes";

const { db } = createTestDb();

/** A real HTTP receiver on loopback that answers each request with the next scripted behaviour. */
type Behaviour = "500" | "hang" | "200";
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
function startReceiver(script: Behaviour[]) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      const behaviour = script.shift() ?? "200";
      if (behaviour === "hang") return; // never answers: the sender's timeout must fire
      res.writeHead(behaviour === "500" ? 500 : 200, { "content-type": "text/plain" }).end(behaviour);
    });
  });
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/hook`,
        received,
        close: () => {
          server.closeAllConnections();
          return new Promise((r) => server.close(() => r()));
        },
      });
    });
  });
}

async function webhookWithDelivery(url: string) {
  const { lane } = await buildLane(db, { targets: false });
  const hook = await createWebhook({
    db,
    actor: { type: "SYSTEM", label: "test" },
    input: { url, laneSlugs: [lane.slug], events: ["verdict.changed"] },
    // The receivers here listen on loopback: the operator setting that allows private targets.
    allowPrivateTargets: true,
  });
  const delivery = await db.webhookDelivery.create({
    data: {
      webhookId: hook.id,
      event: "verdict.changed",
      laneId: lane.id,
      payload: {
        event: "verdict.changed",
        text: "Hook lane: HOLD → READY — release closed",
        from: "HOLD",
        to: "READY",
      },
      nextAttemptAt: new Date(0),
    },
  });
  return { hook, delivery };
}

/**
 * Polls the worker at `now` until delivery `id` has been attempted, or nothing more is due. The
 * worker claims the 20 most overdue deliveries of the whole database, which other test files
 * share (their lanes' verdict changes go to their all-lane webhooks), so one poll may not reach it.
 */
async function pollUntilAttempted(id: string, now: Date, options: { timeoutMs?: number } = {}) {
  const attempts = async () => (await db.webhookDelivery.findUniqueOrThrow({ where: { id } })).attempts;
  const before = await attempts();
  let last = await deliverDueWebhooks({ db, now, random: () => 0.5, allowPrivateTargets: true, ...options });
  for (let i = 0; i < 50 && last.claimed > 0 && (await attempts()) === before; i++)
    last = await deliverDueWebhooks({ db, now, random: () => 0.5, allowPrivateTargets: true, ...options });
  return last;
}

// Each poll also attempts other files' pending deliveries (the outbox is shared), so on a loaded
// machine a test can take longer than the tier's 30 s default; the assertions are unchanged.
describe("webhook delivery worker (real HTTP receiver on loopback)", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await db.user.create({
      data: { name: "Platform Lead", email: `${uniqueSlug("lead")}@example.test`, role: "PLATFORM_LEAD" },
    });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("retries after a 500 and a timeout with growing backoff, then delivers a body the receiver can verify", async () => {
    const receiver = await startReceiver(["500", "hang", "200"]);
    try {
      const { hook, delivery } = await webhookWithDelivery(receiver.url);
      const t0 = new Date("2030-01-01T00:00:00Z");
      const poll = (now: Date) => pollUntilAttempted(delivery.id, now, { timeoutMs: 2_000 });
      const only = async () => db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });

      await poll(t0);
      expect(await only()).toMatchObject({
        status: "PENDING",
        attempts: 1,
        lastStatusCode: 500,
        lastError: "The receiver answered HTTP 500.",
      });
      expect((await only()).nextAttemptAt.getTime() - t0.getTime()).toBe(30_000);
      expect((await poll(new Date(t0.getTime() + 29_000))).outcomes).not.toContain("DELIVERED"); // not due yet: other rows only

      const t1 = new Date(t0.getTime() + 30_000);
      await poll(t1);
      expect(await only()).toMatchObject({ status: "PENDING", attempts: 2, lastError: "No answer within 2 s." });
      expect((await only()).nextAttemptAt.getTime() - t1.getTime()).toBe(60_000);

      await poll(new Date(t1.getTime() + 60_000));
      expect(await only()).toMatchObject({ status: "DELIVERED", attempts: 3, lastStatusCode: 200, lastError: null });

      expect(receiver.received).toHaveLength(3);
      const last = receiver.received[2];
      const header = String(last?.headers["lanegate-signature"]);
      const nowSeconds = Math.floor((t1.getTime() + 60_000) / 1000);
      expect(verifyWebhookSignature({ secret: hook.secret, body: last?.body ?? "", header, nowSeconds })).toBe(true);
      expect(verifyWebhookSignature({ secret: "whsec_wrong", body: last?.body ?? "", header, nowSeconds })).toBe(false);
      expect(verifyWebhookSignature({ secret: hook.secret, body: `${last?.body} `, header, nowSeconds })).toBe(false);
      expect(JSON.parse(last?.body ?? "{}")).toMatchObject({
        id: delivery.id,
        event: "verdict.changed",
        text: "Hook lane: HOLD → READY — release closed",
      });
      expect(last?.headers["lanegate-event"]).toBe("verdict.changed");
    } finally {
      await receiver.close();
    }
  });

  it("gives up after the last attempt: FAILED with the last error", async () => {
    const receiver = await startReceiver(Array.from({ length: MAX_DELIVERY_ATTEMPTS }, () => "500" as const));
    try {
      const { delivery } = await webhookWithDelivery(receiver.url);
      await db.webhookDelivery.update({ where: { id: delivery.id }, data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
      await pollUntilAttempted(delivery.id, new Date("2030-02-01T00:00:00Z"));
      expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
        status: "FAILED",
        attempts: MAX_DELIVERY_ATTEMPTS,
        lastStatusCode: 500,
      });
    } finally {
      await receiver.close();
    }
  });

  it("a delivery claimed by a worker that died is picked up by a fresh worker once its lease expires, and only then", async () => {
    const receiver = await startReceiver(["200"]);
    try {
      const { delivery } = await webhookWithDelivery(receiver.url);
      const t0 = new Date("2030-03-01T00:00:00Z");
      // The first worker claims and then "crashes" before sending anything.
      const claimed = await claimDueDeliveries({ db, now: t0 });
      expect(claimed.map((c) => c.id)).toContain(delivery.id);
      // A second instance polling at once does not see it (lease), nor while the lease runs.
      expect((await claimDueDeliveries({ db, now: t0 })).map((c) => c.id)).not.toContain(delivery.id);
      expect(
        (await claimDueDeliveries({ db, now: new Date(t0.getTime() + DELIVERY_LEASE_MS - 1) })).map((c) => c.id),
      ).not.toContain(delivery.id);
      // After the lease a fresh worker delivers it.
      await pollUntilAttempted(delivery.id, new Date(t0.getTime() + DELIVERY_LEASE_MS));
      expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
        status: "DELIVERED",
        attempts: 1,
      });
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("two workers polling concurrently never send the same delivery twice (SKIP LOCKED)", async () => {
    const receiver = await startReceiver([]);
    try {
      const made = await Promise.all([1, 2, 3, 4, 5, 6].map(() => webhookWithDelivery(receiver.url)));
      const now = new Date("2030-04-01T00:00:00Z");
      const [a, b] = await Promise.all([
        claimDueDeliveries({ db, now, limit: 50 }),
        claimDueDeliveries({ db, now, limit: 50 }),
      ]);
      const ids = [...a, ...b].map((c) => c.id).filter((id) => made.some((m) => m.delivery.id === id));
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
    } finally {
      await receiver.close();
    }
  });
});

describe("webhook delivery refuses private targets when their name resolves to one (SSRF)", () => {
  const poll = (now: Date, resolve: ResolveHost, allowPrivateTargets = false) =>
    deliverDueWebhooks({ db, now, timeoutMs: 2_000, random: () => 0.5, resolve, allowPrivateTargets });
  const only = (id: string) => db.webhookDelivery.findUniqueOrThrow({ where: { id } });
  const named = (url: string, host: string) => url.replace("127.0.0.1", host);

  it("resolves the host, refuses when any address is loopback or private, and connects to nothing", async () => {
    const receiver = await startReceiver(["200", "200"]);
    try {
      const onlyLoopback = await webhookWithDelivery(named(receiver.url, "receiver.test"));
      const mixed = await webhookWithDelivery(named(receiver.url, "mixed.test"));
      const resolve: ResolveHost = async (host) =>
        host === "mixed.test"
          ? [
              { address: "93.184.215.14", family: 4 },
              { address: "10.0.0.7", family: 4 },
            ]
          : [{ address: "127.0.0.1", family: 4 }];
      await poll(new Date("2030-05-01T00:00:00Z"), resolve);
      expect(await only(onlyLoopback.delivery.id)).toMatchObject({
        status: "PENDING",
        attempts: 1,
        lastStatusCode: null,
        lastError: expect.stringMatching(
          /^Refused: receiver\.test resolves to 127\.0\.0\.1, a loopback address: .*WEBHOOK_ALLOW_PRIVATE_TARGETS=true/,
        ),
      });
      expect(await only(mixed.delivery.id)).toMatchObject({
        lastError: expect.stringMatching(
          /^Refused: mixed\.test resolves to 10\.0\.0\.7, a private \(RFC 1918\) address/,
        ),
      });
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it("refuses an IP literal or localhost URL stored before the creation check existed", async () => {
    const receiver = await startReceiver(["200", "200"]);
    try {
      const literal = await webhookWithDelivery(named(receiver.url, "[::ffff:127.0.0.1]"));
      const localhost = await webhookWithDelivery(named(receiver.url, "localhost"));
      const resolve: ResolveHost = async () => {
        throw new Error("must not resolve: the host is refused before any lookup");
      };
      await poll(new Date("2030-05-02T00:00:00Z"), resolve);
      expect((await only(literal.delivery.id)).lastError).toMatch(/^Refused: ::ffff:7f00:1 is a loopback address/);
      expect((await only(localhost.delivery.id)).lastError).toMatch(/^Refused: localhost is a loopback address/);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it("connects to the address it checked, even when the name answers differently afterwards (DNS rebinding)", async () => {
    const receiver = await startReceiver(["200"]);
    try {
      const { delivery } = await webhookWithDelivery(named(receiver.url, "rebinding.test"));
      const lookups: string[] = [];
      // First answer: the receiver (allowed here by the operator setting); any later answer points
      // at an address where nothing listens. Only one lookup may happen, and the POST must use it.
      const resolve: ResolveHost = async (host) => {
        lookups.push(host);
        const first = lookups.filter((h) => h === host).length === 1;
        return [{ address: first && host === "rebinding.test" ? "127.0.0.1" : "127.0.0.2", family: 4 }];
      };
      await poll(new Date("2030-05-03T00:00:00Z"), resolve, true);
      expect(await only(delivery.id)).toMatchObject({ status: "DELIVERED", lastStatusCode: 200 });
      expect(lookups.filter((h) => h === "rebinding.test")).toHaveLength(1);
      expect(receiver.received).toHaveLength(1);
      // The Host header still names the receiver, as a virtual host expects.
      expect(receiver.received[0]?.headers.host).toMatch(/^rebinding\.test:\d+$/);
    } finally {
      await receiver.close();
    }
  });
});
