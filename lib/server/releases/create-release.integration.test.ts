import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { createRelease } from "@/lib/server/releases/create-release";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { TEST_TEAM } from "@/tests/test-team";

const { db } = createTestDb();
const system: Actor = { type: "SYSTEM", label: "test" };

// Bare rows, not the factory: this test checks that createRelease writes the lane's first audit
// event and readiness-history row, so the lane must have none yet.
const newLane = () =>
  db.lane.create({
    data: { slug: uniqueSlug("rel"), name: "Release lane", workload: "w", team: TEST_TEAM, engineVersion: "53.1.0" },
  });

describe("createRelease (the one write path)", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("writes the release, its audit event and the lane's first readiness-history row in one go", async () => {
    const lane = await newLane();
    const release = await createRelease({
      db,
      actor: system,
      slug: lane.slug,
      input: { versionLabel: "2026.12.1", engineVersion: "DataFusion 54.0.0" },
    });
    const audit = await db.auditEvent.findMany({ where: { laneId: lane.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "release.create",
      entityType: "Release",
      entityId: release.id,
      actorType: "SYSTEM",
      actorLabel: "test",
    });
    const history = await db.readinessChange.findMany({ where: { laneId: lane.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      verdict: "HOLD",
      streak: 0,
      cause: "Release 2026.12.1 planned",
      auditEventId: audit[0]?.id,
    });
  });

  it("refuses a duplicate version label with a field error and writes nothing", async () => {
    const lane = await newLane();
    await createRelease({ db, actor: system, slug: lane.slug, input: { versionLabel: "v1", engineVersion: "53" } });
    const before = await Promise.all([db.release.count(), db.auditEvent.count(), db.readinessChange.count()]);
    const error = await createRelease({
      db,
      actor: system,
      slug: lane.slug,
      input: { versionLabel: "v1", engineVersion: "53" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 409, code: "RELEASE_EXISTS" });
    expect(await Promise.all([db.release.count(), db.auditEvent.count(), db.readinessChange.count()])).toEqual(before);
  });

  it("refuses an anonymous caller before writing anything", async () => {
    const lane = await newLane();
    await expect(
      createRelease({
        db,
        actor: { type: "ANONYMOUS" },
        slug: lane.slug,
        input: { versionLabel: "v1", engineVersion: "53" },
      }),
    ).rejects.toMatchObject({ status: 401 });
    expect(await db.release.count({ where: { laneId: lane.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { laneId: lane.id } })).toBe(0);
  });
});

describe("audit events are append-only in the database", () => {
  it("rejects UPDATE, DELETE and TRUNCATE", async () => {
    const event = await db.auditEvent.create({
      data: { actorType: "SYSTEM", actorLabel: "test", action: "x", entityType: "X", entityId: "1" },
    });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUnique({ where: { id: event.id } }))?.action).toBe("x");
  });
});
