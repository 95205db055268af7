import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createTestLane, createPerson } from "@/tests/factories/lanes";
import { recordDecision } from "@/lib/server/decisions/record-decision";
import { flagDecisionsForReview } from "@/lib/server/decisions/flag-decisions-for-review";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";
import { recordIncident } from "@/lib/server/incidents/record-incident";
import { ZAuditQuery } from "@/lib/schemas/audit";
import type { Actor } from "@/lib/server/auth/actor";

const { db } = createTestDb();
afterAll(async () => {
  await db.$disconnect();
});

async function leadActor(): Promise<Actor> {
  const lead = await createPerson(db, "PLATFORM_LEAD");
  return { type: "USER", userId: lead.id, name: lead.name, role: "PLATFORM_LEAD" };
}
const counts = (laneId: string) =>
  Promise.all([
    db.auditEvent.count({ where: { laneId } }),
    db.decision.count({ where: { laneId } }),
    db.stageChange.count({ where: { laneId } }),
    db.webhookDelivery.count({ where: { laneId } }),
  ]);

describe("recordDecision", () => {
  it("approving a READY lane moves it to EXPANDED in the same transaction, freezes the evaluation and enqueues decision.recorded", async () => {
    const lead = await leadActor();
    const hook = await db.webhook.create({
      data: {
        url: "http://127.0.0.1:9/hook",
        secret: "s",
        laneIds: [],
        events: ["decision.recorded"],
        createdById: lead.type === "USER" ? lead.userId : "",
      },
    });
    const lane = await createTestLane(db, { stage: "PRODUCTION", ready: true });
    // The factory built the lane through the use cases: what the decision adds is counted from here.
    const before = await counts(lane.id);
    const result = await recordDecision({
      db,
      actor: lead,
      slug: lane.slug,
      input: { outcome: "APPROVED", reason: "Two clean cycles and a fast drill." },
    });
    expect(result).toMatchObject({ outcome: "APPROVED", verdict: "READY", stage: "EXPANDED", overrides: [] });
    expect((await db.lane.findUniqueOrThrow({ where: { id: lane.id } })).stage).toBe("EXPANDED");
    const decision = await db.decision.findFirstOrThrow({ where: { laneId: lane.id } });
    expect(decision.evaluation).toMatchObject({ verdict: "READY", streak: 2, reasons: [] });
    expect((await counts(lane.id)).slice(0, 3).map((n, i) => n - before[i]!)).toEqual([1, 1, 1]);
    // Other test files share the database, and their all-lane webhooks get the decision too:
    // this test's webhook gets it once.
    expect(await db.webhookDelivery.count({ where: { laneId: lane.id, webhookId: hook.id } })).toBe(1);
    expect(await db.webhookDelivery.findFirst({ where: { laneId: lane.id, webhookId: hook.id } })).toMatchObject({
      webhookId: hook.id,
      event: "decision.recorded",
      payload: { outcome: "APPROVED", verdict: "READY" },
    });
    await db.webhook.update({ where: { id: hook.id }, data: { active: false } });
  });

  it("the frozen evaluation does not change when the lane's data changes later", async () => {
    const lead = await leadActor();
    const lane = await createTestLane(db, { stage: "PRODUCTION", ready: true });
    await recordDecision({
      db,
      actor: lead,
      slug: lane.slug,
      input: { outcome: "REFUSED", reason: "Wait for the quarter close first." },
    });
    // A P1 incident on the latest release, recorded as people record it (the write path stores the readiness).
    const release = await db.release.findFirstOrThrow({ where: { laneId: lane.id }, orderBy: { deployedAt: "desc" } });
    await recordIncident({
      db,
      actor: lead,
      slug: lane.slug,
      label: release.versionLabel,
      input: { ref: "INC-1", severity: "P1", title: "outage", openedAt: new Date().toISOString() },
    });
    expect((await getLaneReadiness({ db, slug: lane.slug, now: new Date() })).verdict).toBe("HOLD");
    const [listed] = await listDecisions({ db, laneSlug: lane.slug });
    expect(listed).toMatchObject({ outcome: "REFUSED", verdict: "READY", streak: 2, needsReview: false });
    expect((await db.lane.findUniqueOrThrow({ where: { id: lane.id } })).stage).toBe("PRODUCTION");
  });

  it("approving a lane that is not READY is refused unless it is an explicit override, which raises EXPANSION_BEFORE_PROOF", async () => {
    const lead = await leadActor();
    const lane = await createTestLane(db, { stage: "PRODUCTION" });
    const before = await counts(lane.id);
    await expect(
      recordDecision({
        db,
        actor: lead,
        slug: lane.slug,
        input: { outcome: "APPROVED", reason: "Ship it, the business needs it." },
      }),
    ).rejects.toMatchObject({ code: "EXPANSION_GATE_CLOSED", status: 409 });
    expect(await counts(lane.id)).toEqual(before);
    const result = await recordDecision({
      db,
      actor: lead,
      slug: lane.slug,
      input: { outcome: "APPROVED", reason: "Ship it, the business needs it.", override: true },
    });
    expect(result).toMatchObject({ verdict: "HOLD", stage: "EXPANDED", overrides: ["EXPANSION"] });
    expect((await getLaneReadiness({ db, slug: lane.slug, now: new Date() })).flags.map((f) => f.code)).toContain(
      "EXPANSION_BEFORE_PROOF",
    );
  });

  it("refuses approval of a lane that is not in production", async () => {
    const lead = await leadActor();
    const lane = await createTestLane(db, { stage: "SHADOW" });
    await expect(
      recordDecision({
        db,
        actor: lead,
        slug: lane.slug,
        input: { outcome: "APPROVED", reason: "Too early but let us try", override: true },
      }),
    ).rejects.toMatchObject({ code: "INVALID_STAGE_TRANSITION" });
  });

  it("a lane owner may not record decisions", async () => {
    const lane = await createTestLane(db, { stage: "PRODUCTION", ready: true });
    const owner = await db.ownerAssignment.findFirstOrThrow({ where: { laneId: lane.id }, include: { user: true } });
    const actor: Actor = { type: "USER", userId: owner.userId, name: owner.user.name, role: "LANE_OWNER" };
    await expect(
      recordDecision({ db, actor, slug: lane.slug, input: { outcome: "APPROVED", reason: "My own lane is great" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("flagDecisionsForReview marks the lane's decisions, keeping the first reason", async () => {
    const lead = await leadActor();
    const lane = await createTestLane(db, { stage: "PRODUCTION", ready: true });
    await recordDecision({
      db,
      actor: lead,
      slug: lane.slug,
      input: { outcome: "REFUSED", reason: "Not this sprint, sorry." },
    });
    expect(
      await db.$transaction((tx) => flagDecisionsForReview(tx, lane.id, "Measurement of r2 invalidated: flaky host")),
    ).toBe(1);
    expect(await db.$transaction((tx) => flagDecisionsForReview(tx, lane.id, "second"))).toBe(0);
    expect((await listDecisions({ db, laneSlug: lane.slug }))[0]).toMatchObject({
      needsReview: true,
      needsReviewReason: "Measurement of r2 invalidated: flaky host",
    });
  });
});

describe("listAuditEvents", () => {
  it("filters by lane, actor, entity type, action and time, and pages by id cursor", async () => {
    const lead = await leadActor();
    const a = await createTestLane(db, { stage: "PRODUCTION", ready: true });
    const b = await createTestLane(db, { stage: "PRODUCTION", ready: true });
    // The factory's own audit events (the lanes' past, dated days ago) are left out by `from`.
    const since = new Date(Date.now() - 1000).toISOString();
    for (const reason of ["first refusal reason", "second refusal reason", "third refusal reason"]) {
      await recordDecision({ db, actor: lead, slug: a.slug, input: { outcome: "REFUSED", reason } });
    }
    await recordDecision({
      db,
      actor: lead,
      slug: b.slug,
      input: { outcome: "REFUSED", reason: "other lane refusal" },
    });
    const q = (raw: Record<string, string>) =>
      listAuditEvents({ db, query: ZAuditQuery.parse({ from: since, ...raw }) });
    const all = await q({ lane: a.slug });
    expect(all.events.map((e) => e.action)).toEqual(["decision.refuse", "decision.refuse", "decision.refuse"]);
    expect(all.events[0]?.after).toMatchObject({ reason: "third refusal reason" });
    const page1 = await q({ lane: a.slug, limit: "2" });
    expect(page1.events).toHaveLength(2);
    expect(page1.nextCursor).toBe(page1.events[1]?.id);
    const page2 = await q({ lane: a.slug, limit: "2", cursor: page1.nextCursor ?? "" });
    expect(page2.events.map((e) => e.after)).toMatchObject([{ reason: "first refusal reason" }]);
    expect(page2.nextCursor).toBeNull();
    expect(
      (
        await q({
          lane: a.slug,
          actor: lead.type === "USER" ? lead.name.toUpperCase() : "",
          entityType: "Decision",
          action: "decision",
        })
      ).events,
    ).toHaveLength(3);
    expect((await q({ lane: a.slug, entityType: "Lane" })).events).toHaveLength(0);
    expect((await q({ lane: a.slug, from: new Date(Date.now() + 60_000).toISOString() })).events).toHaveLength(0);
    expect((await q({ lane: a.slug, to: new Date(Date.now() + 60_000).toISOString() })).events).toHaveLength(3);
  });
});
