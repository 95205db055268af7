import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createReleaseLane, days } from "@/tests/factories/lanes";
import type { Actor } from "@/lib/server/auth/actor";
import { createRelease } from "@/lib/server/releases/create-release";
import { deployRelease } from "@/lib/server/releases/deploy-release";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";
import { reevaluateDueLanes } from "@/lib/server/readiness/reevaluate-due-lanes";

const instanceA = createTestDb();
const instanceB = createTestDb();
const db = instanceA.db;
const actor: Actor = { type: "SYSTEM", label: "scheduler test" };
const T0 = new Date("2026-08-01T08:00:00.000Z");

/** A release deployed at `at` with a 24 h window and both KPIs within target. */
async function goodRelease(slug: string, label: string, at: Date) {
  await createRelease({ db, actor, slug, input: { versionLabel: label, engineVersion: "53" }, now: at });
  await deployRelease({ db, actor, slug, label, input: { observationWindowHours: 24 }, now: at });
  for (const [kpiKey, value] of [
    ["p95_latency_ms", 3100],
    ["result_mismatches", 0],
  ] as const) {
    await recordMeasurement({
      db,
      actor,
      slug,
      label,
      input: { kpiKey, value, source: "PRODUCTION", takenAt: days(at, 0.5).toISOString() },
      now: days(at, 0.5),
    });
  }
}

afterAll(async () => {
  await Promise.all([instanceA.db.$disconnect(), instanceB.db.$disconnect()]);
});

describe("scheduled re-evaluation (reevaluateDueLanes)", () => {
  it("records a window that ends by time alone at the moment it ended, once, with its webhook, even with two instances", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0, setupDaysBefore: 10 });
    const lead = await db.user.create({
      data: { name: "Lead", email: `lead.${slug}@example.test`, role: "PLATFORM_LEAD" },
    });
    const hook = await db.webhook.create({
      data: {
        url: "http://127.0.0.1:9/hook",
        secret: "s",
        laneIds: [lane.id],
        events: ["verdict.changed"],
        createdById: lead.id,
      },
    });
    await goodRelease(slug, "r1", T0);
    await goodRelease(slug, "r2", days(T0, 2));
    const windowEnd = days(T0, 3);
    const stored = await db.laneReadiness.findUniqueOrThrow({ where: { laneId: lane.id } });
    // r1 closed (streak 1), r2 still open: HOLD until r2's window ends.
    expect(stored).toMatchObject({ verdict: "HOLD", streak: 1, nextDueAt: windowEnd });
    const historyBefore = await db.readinessChange.count({ where: { laneId: lane.id } });

    // Nothing is due before the window ends.
    expect((await reevaluateDueLanes({ db, now: days(T0, 2.9) })).reevaluated).toBe(0);

    // Two instances notice it later, at the same time.
    const later = days(T0, 3.4);
    const [a, b] = await Promise.all([
      reevaluateDueLanes({ db: instanceA.db, now: later }),
      reevaluateDueLanes({ db: instanceB.db, now: later }),
    ]);
    expect(a.changes + b.changes).toBe(1);
    const history = await db.readinessChange.findMany({ where: { laneId: lane.id }, orderBy: { at: "asc" } });
    expect(history).toHaveLength(historyBefore + 1);
    expect(history.at(-1)).toMatchObject({
      verdict: "READY",
      streak: 2,
      at: windowEnd,
      cause: "Observation window of release r2 ended",
      auditEventId: null,
    });
    // Other test files' webhooks in this database may subscribe to every lane: count this one's.
    const deliveries = await db.webhookDelivery.findMany({ where: { laneId: lane.id, webhookId: hook.id } });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.payload).toMatchObject({
      event: "verdict.changed",
      from: "HOLD",
      to: "READY",
      at: windowEnd.toISOString(),
    });
    const after = await db.laneReadiness.findUniqueOrThrow({ where: { laneId: lane.id } });
    expect(after).toMatchObject({ verdict: "READY", streak: 2, evaluatedAt: later });
    // Next: the drill (10 days before T0) goes stale 90 days after it was performed.
    expect(after.nextDueAt).toEqual(new Date(days(T0, 80).getTime() + 1));

    // A third tick at the same time finds nothing due and records nothing.
    expect(await reevaluateDueLanes({ db: instanceB.db, now: later })).toMatchObject({ reevaluated: 0, changes: 0 });
    expect(await db.readinessChange.count({ where: { laneId: lane.id } })).toBe(historyBefore + 1);
  });

  it("catches up several time-driven instants in order, and a stale drill becomes a warning at its own time", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0, setupDaysBefore: 10 });
    await goodRelease(slug, "r1", T0);
    await goodRelease(slug, "r2", days(T0, 0.2));
    // Both windows (T0 + 1 d, T0 + 1.2 d) and the drill's 90 days pass before anyone looks.
    const much = days(T0, 85);
    const result = await reevaluateDueLanes({ db, now: much });
    expect(result.reevaluated).toBeGreaterThanOrEqual(1);
    const history = await db.readinessChange.findMany({
      where: { laneId: lane.id, auditEventId: null },
      orderBy: { at: "asc" },
    });
    expect(history.map((h) => [h.at.toISOString(), h.verdict, h.streak])).toEqual([
      [days(T0, 1).toISOString(), "HOLD", 1],
      [days(T0, 1.2).toISOString(), "READY", 2],
    ]);
    const stored = await db.laneReadiness.findUniqueOrThrow({ where: { laneId: lane.id } });
    expect(stored.verdict).toBe("READY");
    expect(JSON.stringify(stored.warnings)).toContain("ROLLBACK_DRILL_STALE");
    // Once stale, the warning names the drill's age in days: the row is due again at the next whole day.
    expect(stored.nextDueAt).toEqual(days(T0, 86 - 10 + 10));
  });
});
