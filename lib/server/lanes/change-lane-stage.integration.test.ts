import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createFreshDatabase } from "@/tests/fresh-database";
import { createTestLane, createPerson } from "@/tests/factories/lanes";
import { changeLaneStage } from "@/lib/server/lanes/change-lane-stage";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";
import type { Actor } from "@/lib/server/auth/actor";

// The one-lane rule reads every lane of the organisation: these tests own a database of their own
// so lanes written by other test files (a READY one lifts the rule) cannot change the outcome.
let db: PrismaClient;
let drop: () => Promise<void>;
let lead: Actor;
let owner: Actor;
const system: Actor = { type: "SYSTEM", label: "test" };

beforeAll(async () => {
  const fresh = await createFreshDatabase("lanegate_stage");
  drop = fresh.drop;
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url }) });
  const l = await createPerson(db, "PLATFORM_LEAD");
  lead = { type: "USER", userId: l.id, name: l.name, role: "PLATFORM_LEAD" };
  const o = await createPerson(db, "LANE_OWNER");
  owner = { type: "USER", userId: o.id, name: o.name, role: "LANE_OWNER" };
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  await drop();
});
beforeEach(async () => {
  await db.lane.deleteMany({});
});

const counts = async () => Promise.all([db.auditEvent.count(), db.stageChange.count(), db.readinessChange.count()]);
const move = (
  slug: string,
  toStage: Parameters<typeof changeLaneStage>[0]["input"]["toStage"],
  extra: { override?: boolean; reason?: string; version?: number; actor?: Actor } = {},
) =>
  changeLaneStage({
    db,
    actor: extra.actor ?? system,
    slug,
    input: { toStage, reason: extra.reason, override: extra.override, version: extra.version },
  });

describe("stage transitions", () => {
  it("walks PROPOSED → SHADOW → CANARY, sets leftProposedAt once, writes one audit event and one StageChange per move", async () => {
    const lane = await createTestLane(db);
    const before = await counts();
    await move(lane.slug, "SHADOW");
    const afterShadow = await db.lane.findUniqueOrThrow({ where: { id: lane.id } });
    expect(afterShadow).toMatchObject({ stage: "SHADOW", version: 2 });
    expect(afterShadow.leftProposedAt).not.toBeNull();
    await move(lane.slug, "CANARY");
    const afterCanary = await db.lane.findUniqueOrThrow({ where: { id: lane.id } });
    expect(afterCanary.leftProposedAt).toEqual(afterShadow.leftProposedAt);
    const [audit, changes] = await counts();
    expect([audit - before[0], changes - before[1]]).toEqual([2, 2]);
    expect(await db.auditEvent.findFirst({ where: { laneId: lane.id }, orderBy: { id: "desc" } })).toMatchObject({
      action: "stage.change",
      before: { stage: "SHADOW" },
      after: { stage: "CANARY" },
    });
  });

  it("refuses skipping a stage with INVALID_STAGE_TRANSITION and writes nothing", async () => {
    const lane = await createTestLane(db);
    const before = await counts();
    await expect(move(lane.slug, "CANARY")).rejects.toMatchObject({
      code: "INVALID_STAGE_TRANSITION",
      status: 422,
      details: { fix: "Move to Shadow first." },
    });
    expect(await counts()).toEqual(before);
    expect((await db.lane.findUniqueOrThrow({ where: { id: lane.id } })).stage).toBe("PROPOSED");
  });

  it("pauses and resumes only to the stage it was paused from; a retired lane never moves", async () => {
    const lane = await createTestLane(db, { stage: "SHADOW" });
    await move(lane.slug, "PAUSED");
    await expect(move(lane.slug, "CANARY")).rejects.toMatchObject({ code: "INVALID_STAGE_TRANSITION" });
    await move(lane.slug, "SHADOW");
    await move(lane.slug, "RETIRED");
    await expect(move(lane.slug, "SHADOW")).rejects.toMatchObject({
      code: "INVALID_STAGE_TRANSITION",
      message: "A retired lane cannot change stage.",
    });
  });

  it("refuses a save based on an old lane version with STALE_VERSION and the current record", async () => {
    const lane = await createTestLane(db);
    await move(lane.slug, "SHADOW", { version: 1 });
    await expect(move(lane.slug, "PAUSED", { version: 1 })).rejects.toMatchObject({
      code: "STALE_VERSION",
      status: 409,
      details: { extra: { current: { stage: "SHADOW", version: 2 } } },
    });
  });
});

describe("expansion gate", () => {
  it("refuses EXPANDED while the lane is not READY, naming the rule and the fix", async () => {
    const lane = await createTestLane(db, { stage: "PRODUCTION" });
    const before = await counts();
    const error = await move(lane.slug, "EXPANDED").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "EXPANSION_GATE_CLOSED", status: 409 });
    expect((error as Error).message).toMatch(/only a READY lane may move to Expanded/);
    expect(await counts()).toEqual(before);
  });

  it("lets a READY lane expand without an override and raises no flag", async () => {
    const lane = await createTestLane(db, { stage: "PRODUCTION", ready: true });
    expect((await getLaneReadiness({ db, slug: lane.slug, now: new Date() })).verdict).toBe("READY");
    await move(lane.slug, "EXPANDED", { actor: lead });
    expect(await db.stageChange.findFirst({ where: { laneId: lane.id } })).toMatchObject({
      toStage: "EXPANDED",
      overrideKind: null,
    });
    expect((await getLaneReadiness({ db, slug: lane.slug, now: new Date() })).flags.map((f) => f.code)).not.toContain(
      "EXPANSION_BEFORE_PROOF",
    );
  });

  it("passes with a platform lead's override, recorded as EXPANSION, and the flag appears", async () => {
    const lane = await createTestLane(db, { stage: "PRODUCTION" });
    await move(lane.slug, "EXPANDED", {
      actor: lead,
      override: true,
      reason: "Board deadline; accepting the risk knowingly.",
    });
    expect(await db.stageChange.findFirst({ where: { laneId: lane.id } })).toMatchObject({
      toStage: "EXPANDED",
      overrideKind: "EXPANSION",
      changedById: lead.type === "USER" ? lead.userId : "",
    });
    const readiness = await getLaneReadiness({ db, slug: lane.slug, now: new Date() });
    expect(readiness.flags.map((f) => f.code)).toContain("EXPANSION_BEFORE_PROOF");
  });

  it("refuses the override to a lane owner (FORBIDDEN) and writes nothing", async () => {
    const lane = await createTestLane(db, { stage: "PRODUCTION" });
    // The owner may move their lane, but not past a gate.
    await db.ownerAssignment.create({
      data: { laneId: lane.id, role: "PLANNER", userId: owner.type === "USER" ? owner.userId : "", reason: "fixture" },
    });
    const before = await counts();
    await expect(
      move(lane.slug, "EXPANDED", { actor: owner, override: true, reason: "I would like to expand it now." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect(await counts()).toEqual(before);
  });
});

describe("one-lane rule", () => {
  it("blocks a second lane from CANARY while no lane is READY, then lets the override through with its flag", async () => {
    const first = await createTestLane(db, { stage: "CANARY" });
    const second = await createTestLane(db, { stage: "SHADOW" });
    const before = await counts();
    const error = await move(second.slug, "CANARY").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ONE_LANE_RULE", status: 409, details: { extra: { holders: [first.slug] } } });
    expect(await counts()).toEqual(before);

    await move(second.slug, "CANARY", {
      actor: lead,
      override: true,
      reason: "Second lane needed for the Q4 migration.",
    });
    expect(await db.stageChange.findFirst({ where: { laneId: second.id } })).toMatchObject({
      overrideKind: "ONE_LANE",
    });
    expect((await getLaneReadiness({ db, slug: second.slug, now: new Date() })).flags.map((f) => f.code)).toContain(
      "ONE_LANE_RULE_OVERRIDDEN",
    );
  });

  it("does not apply to a lane already at CANARY or beyond, nor once a lane is READY", async () => {
    await createTestLane(db, { stage: "CANARY" });
    const moving = await createTestLane(db, { stage: "CANARY" });
    await move(moving.slug, "PRODUCTION");
    await createTestLane(db, { stage: "PRODUCTION", ready: true });
    const third = await createTestLane(db, { stage: "SHADOW" });
    await move(third.slug, "CANARY");
    expect(await db.stageChange.findFirst({ where: { laneId: third.id } })).toMatchObject({ overrideKind: null });
  });

  it("serialises concurrent entries: of two lanes entering CANARY at once, exactly one is refused", async () => {
    const a = await createTestLane(db, { stage: "SHADOW" });
    const b = await createTestLane(db, { stage: "SHADOW" });
    const results = await Promise.allSettled([move(a.slug, "CANARY"), move(b.slug, "CANARY")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "ONE_LANE_RULE" } });
  });
});
