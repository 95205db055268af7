import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { createPerson } from "@/tests/factories/lanes";
import { createLane } from "@/lib/server/lanes/create-lane";
import { updateLane } from "@/lib/server/lanes/update-lane";
import { assignOwner } from "@/lib/server/owners/assign-owner";
import { saveRollbackDesign } from "@/lib/server/rollback/save-rollback-design";
import { recordDrill } from "@/lib/server/rollback/record-drill";
import { DEFAULT_KPI_TARGETS, DEFAULT_POLICY } from "@/lib/domain/readiness/constants";
import type { Actor } from "@/lib/server/auth/actor";
import { ensureTestTeam } from "@/tests/test-team";

const { db } = createTestDb();
const system: Actor = { type: "SYSTEM", label: "test" };
beforeAll(() => ensureTestTeam(db));
afterAll(async () => {
  await db.$disconnect();
});

const laneInput = () => ({
  slug: uniqueSlug("new"),
  name: "Orders dedup",
  workload: "Nightly order dedup",
  team: "test-team",
  engineVersion: "DataFusion 53.1.0",
  ...DEFAULT_POLICY,
});
const auditCount = (laneId: string) => db.auditEvent.count({ where: { laneId } });

describe("createLane", () => {
  it("creates a PROPOSED lane with version 1 targets in force, one audit event and a readiness row", async () => {
    const lane = await createLane({ db, actor: system, input: { ...laneInput(), targets: DEFAULT_KPI_TARGETS } });
    expect(lane).toMatchObject({ stage: "PROPOSED", version: 1, requiredStableReleases: 2, recoveryLimitSeconds: 900 });
    const v1 = await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id }, include: { targets: true } });
    expect(v1).toMatchObject({ version: 1, status: "APPROVED", frozenAt: null });
    expect(v1.effectiveFrom).not.toBeNull();
    expect(v1.targets.map((t) => t.kpiKey).sort()).toEqual(["p95_latency_ms", "result_mismatches"]);
    expect(await auditCount(lane.id)).toBe(1);
    expect(await db.readinessChange.count({ where: { laneId: lane.id } })).toBe(1);
  });

  it("refuses a taken slug with a field error and writes nothing", async () => {
    const input = laneInput();
    await createLane({ db, actor: system, input });
    const before = await Promise.all([db.lane.count(), db.auditEvent.count()]);
    await expect(createLane({ db, actor: system, input })).rejects.toMatchObject({
      code: "SLUG_TAKEN",
      status: 409,
      details: { params: [{ pointer: "/slug" }] },
    });
    expect(await Promise.all([db.lane.count(), db.auditEvent.count()])).toEqual(before);
  });
});

describe("updateLane (optimistic concurrency)", () => {
  it("of two concurrent saves of the same version exactly one wins; the other gets STALE_VERSION with the current record", async () => {
    const lane = await createLane({ db, actor: system, input: laneInput() });
    const base = { ...laneInput(), version: 1 };
    const { slug: _slug, ...fields } = base;
    const results = await Promise.allSettled([
      updateLane({ db, actor: system, slug: lane.slug, input: { ...fields, name: "Saved by Ana" } }),
      updateLane({ db, actor: system, slug: lane.slug, input: { ...fields, name: "Saved by Bo" } }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const current = await db.lane.findUniqueOrThrow({ where: { id: lane.id } });
    expect(current.version).toBe(2);
    expect(lost[0]).toMatchObject({
      reason: {
        code: "STALE_VERSION",
        status: 409,
        details: { extra: { current: { version: 2, name: current.name } } },
      },
    });
    // One audit event for the creation and one for the winning save; none for the refused one.
    expect(await auditCount(lane.id)).toBe(2);
    expect(await db.auditEvent.findFirst({ where: { laneId: lane.id, action: "lane.update" } })).toMatchObject({
      before: { name: "Orders dedup", version: 1 },
      after: { name: current.name, version: 2 },
    });
  });
});

describe("assignOwner", () => {
  it("replacing an owner ends the current assignment and keeps who assigned whom, when and why", async () => {
    const lane = await createLane({ db, actor: system, input: laneInput() });
    const [ana, bo, lead] = [await createPerson(db), await createPerson(db), await createPerson(db, "PLATFORM_LEAD")];
    const leadActor: Actor = { type: "USER", userId: lead.id, name: lead.name, role: "PLATFORM_LEAD" };
    const t1 = new Date("2026-11-01T10:00:00Z");
    const t2 = new Date("2026-11-10T10:00:00Z");
    await assignOwner({
      db,
      actor: leadActor,
      slug: lane.slug,
      input: { role: "EXECUTOR", userId: ana.id, reason: "Knows the operators" },
      now: t1,
    });
    await assignOwner({
      db,
      actor: leadActor,
      slug: lane.slug,
      input: { role: "EXECUTOR", userId: bo.id, reason: "Ana moved teams" },
      now: t2,
    });
    const history = await db.ownerAssignment.findMany({ where: { laneId: lane.id }, orderBy: { assignedAt: "asc" } });
    expect(history).toMatchObject([
      {
        userId: ana.id,
        role: "EXECUTOR",
        assignedById: lead.id,
        reason: "Knows the operators",
        assignedAt: t1,
        endedAt: t2,
      },
      {
        userId: bo.id,
        role: "EXECUTOR",
        assignedById: lead.id,
        reason: "Ana moved teams",
        assignedAt: t2,
        endedAt: null,
      },
    ]);
    expect(
      await db.auditEvent.findFirst({ where: { laneId: lane.id, action: "owner.assign" }, orderBy: { id: "desc" } }),
    ).toMatchObject({ actorType: "USER", actorId: lead.id, before: { userId: ana.id }, after: { userId: bo.id } });
    const before = await auditCount(lane.id);
    await expect(
      assignOwner({
        db,
        actor: leadActor,
        slug: lane.slug,
        input: { role: "EXECUTOR", userId: bo.id, reason: "again" },
      }),
    ).rejects.toMatchObject({ code: "OWNER_UNCHANGED" });
    await expect(
      assignOwner({
        db,
        actor: leadActor,
        slug: lane.slug,
        input: { role: "PLANNER", userId: "nobody", reason: "typo" },
      }),
    ).rejects.toMatchObject({ code: "USER_NOT_FOUND", details: { params: [{ pointer: "/userId" }] } });
    expect(await auditCount(lane.id)).toBe(before);
  });
});

describe("rollback design and drills", () => {
  it("creates, then updates by version, refuses a stale save, and records drills only on a design", async () => {
    const lane = await createLane({ db, actor: system, input: laneInput() });
    await expect(
      recordDrill({
        db,
        actor: system,
        slug: lane.slug,
        input: { performedAt: "2026-11-01T10:00:00Z", recoverySeconds: 300 },
      }),
    ).rejects.toMatchObject({ code: "NO_ROLLBACK_DESIGN" });
    const created = await saveRollbackDesign({
      db,
      actor: system,
      slug: lane.slug,
      input: { runbookUrl: "https://wiki.example/rb", rollbackTarget: "warehouse" },
    });
    expect(created.version).toBe(1);
    await saveRollbackDesign({
      db,
      actor: system,
      slug: lane.slug,
      input: { runbookUrl: "https://wiki.example/rb2", rollbackTarget: "warehouse", version: 1 },
    });
    await expect(
      saveRollbackDesign({
        db,
        actor: system,
        slug: lane.slug,
        input: { runbookUrl: "https://wiki.example/rb3", rollbackTarget: "x", version: 1 },
      }),
    ).rejects.toMatchObject({
      code: "STALE_VERSION",
      details: { extra: { current: { runbookUrl: "https://wiki.example/rb2", version: 2 } } },
    });
    const drill = await recordDrill({
      db,
      actor: system,
      slug: lane.slug,
      input: { performedAt: "2026-11-01T10:00:00Z", recoverySeconds: 340 },
      now: new Date("2026-11-02T00:00:00Z"),
    });
    expect(drill.recoverySeconds).toBe(340);
    await expect(
      recordDrill({
        db,
        actor: system,
        slug: lane.slug,
        input: { performedAt: "2027-01-01T00:00:00Z", recoverySeconds: 1 },
        now: new Date("2026-11-02T00:00:00Z"),
      }),
    ).rejects.toMatchObject({ code: "DRILL_IN_FUTURE" });
    // create-lane, two design saves, one drill: one audit event each.
    expect(
      await db.auditEvent.groupBy({
        by: ["action"],
        where: { laneId: lane.id },
        _count: true,
        orderBy: { action: "asc" },
      }),
    ).toEqual([
      { action: "drill.record", _count: 1 },
      { action: "lane.create", _count: 1 },
      { action: "rollback_design.save", _count: 2 },
    ]);
  });
});
