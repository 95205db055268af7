import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createClosedReleaseLane } from "@/tests/trend-fixtures";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { getLaneHistory } from "@/lib/server/lanes/get-lane-history";
import type { Actor } from "@/lib/server/auth/actor";

const { db } = createTestDb();
const system: Actor = { type: "SYSTEM", label: "test" };

describe("readiness history (recordReadinessChange through runMutation)", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("writes no row for a change that leaves the evaluation as it was, and one row with its cause for a P1 incident", async () => {
    const { lane, release } = await createClosedReleaseLane(db);
    const touch = (summary: string, notes: string) =>
      runMutation(
        { db, actor: system },
        {
          permission: "release.write",
          laneId: lane.id,
          action: "release.edit",
          summary,
          run: async (tx) => {
            await tx.release.update({ where: { id: release.id }, data: { notes } });
            return { result: null, entityType: "Release", entityId: release.id };
          },
        },
      );
    await touch("Notes of release 2026.11.2 edited", "first");
    await touch("Notes of release 2026.11.2 edited again", "second");
    const first = await db.readinessChange.findMany({ where: { laneId: lane.id } });
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ verdict: "HOLD", streak: 1, cause: "Notes of release 2026.11.2 edited" });
    expect(await db.auditEvent.count({ where: { laneId: lane.id } })).toBe(2);

    await runMutation(
      { db, actor: system },
      {
        permission: "release.write",
        laneId: lane.id,
        action: "incident.record",
        summary: "P1 incident INC-2211 linked to release 2026.11.2",
        run: async (tx) => {
          const incident = await tx.incident.create({
            data: {
              laneId: lane.id,
              releaseId: release.id,
              ref: "INC-2211",
              severity: "P1",
              title: "Revenue totals off by region",
              openedAt: new Date(),
            },
          });
          return { result: incident, entityType: "Incident", entityId: incident.id };
        },
      },
    );
    const rows = await db.readinessChange.findMany({ where: { laneId: lane.id }, orderBy: { at: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      verdict: "HOLD",
      streak: 0,
      cause: "P1 incident INC-2211 linked to release 2026.11.2",
    });
    expect(rows[1]?.reasonCodes).toContain("PRIORITY_INCIDENT");

    const history = await getLaneHistory({ db, slug: lane.slug });
    expect(history.entries[0]).toMatchObject({
      headline: "HOLD, streak 1 → 0",
      cause: "P1 incident INC-2211 linked to release 2026.11.2",
    });
    expect(history.entries[0]?.reasonsAdded).toContain("PRIORITY_INCIDENT");
  });

  it("a stop breach changes the verdict to STOP and queues a signed-later delivery for a subscribed webhook only", async () => {
    const { lane, release } = await createClosedReleaseLane(db);
    const lead = await db.user.create({
      data: { name: "Lead", email: `lead-${lane.slug}@example.test`, role: "PLATFORM_LEAD" },
    });
    const hook = await db.webhook.create({
      data: {
        url: "http://127.0.0.1:9/x",
        secret: "s",
        laneIds: [lane.id],
        events: ["stop.breached"],
        createdById: lead.id,
      },
    });
    const other = await db.webhook.create({
      data: {
        url: "http://127.0.0.1:9/y",
        secret: "s",
        laneIds: [],
        events: ["decision.recorded"],
        createdById: lead.id,
      },
    });
    const measure = (value: number, summary: string) =>
      runMutation(
        { db, actor: system },
        {
          permission: "release.write",
          laneId: lane.id,
          action: "measurement.record",
          summary,
          run: async (tx) => {
            const m = await tx.measurement.create({
              data: {
                releaseId: release.id,
                kpiKey: "p95_latency_ms",
                value,
                source: "PRODUCTION",
                takenAt: new Date(),
              },
            });
            return { result: m, entityType: "Measurement", entityId: m.id };
          },
        },
      );
    await measure(690, "p95 latency 690 ms measured on 2026.11.2");
    await measure(1250, "p95 latency 1,250 ms measured on 2026.11.2");
    const rows = await db.readinessChange.findMany({ where: { laneId: lane.id }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.verdict)).toEqual(["HOLD", "STOP"]);
    // Other test files share this database and may leave all-lane webhooks behind: look at ours.
    const deliveries = await db.webhookDelivery.findMany({
      where: { laneId: lane.id, webhookId: { in: [hook.id, other.id] } },
    });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ webhookId: hook.id, event: "stop.breached", status: "PENDING" });
    expect(deliveries[0]?.payload).toMatchObject({
      event: "stop.breached",
      from: "HOLD",
      to: "STOP",
      lane: { slug: lane.slug },
    });
    expect(String((deliveries[0]?.payload as { text: string }).text)).toContain("HOLD → STOP");
    expect(await db.webhookDelivery.count({ where: { webhookId: other.id } })).toBe(0);
  });
});
