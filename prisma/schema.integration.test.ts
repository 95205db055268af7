import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { TEST_TEAM } from "@/tests/test-team";

const { db } = createTestDb();
const now = new Date("2026-11-25T12:00:00Z");

const newLane = () =>
  db.lane.create({
    data: { slug: uniqueSlug("schema"), name: "Schema lane", workload: "w", team: TEST_TEAM, engineVersion: "53.1.0" },
  });

describe("schema constraints", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("refuses a second release with the same version label in one lane (P2002)", async () => {
    const lane = await newLane();
    await db.release.create({ data: { laneId: lane.id, versionLabel: "2026.11.1", engineVersion: "53" } });
    const error = await db.release
      .create({ data: { laneId: lane.id, versionLabel: "2026.11.1", engineVersion: "53" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });

  it("stores KPI values as exact decimals", async () => {
    const lane = await newLane();
    const release = await db.release.create({ data: { laneId: lane.id, versionLabel: "r", engineVersion: "53" } });
    const m = await db.measurement.create({
      data: { releaseId: release.id, kpiKey: "k", value: "3360.000001", source: "PRODUCTION", takenAt: now },
    });
    expect(m.value.toString()).toBe("3360.000001");
  });

  it("removes a deleted lane's releases and measurements but keeps the audit record", async () => {
    const lane = await newLane();
    const release = await db.release.create({
      data: {
        laneId: lane.id,
        versionLabel: "r",
        engineVersion: "53",
        measurements: { create: [{ kpiKey: "k", value: 1, source: "SHADOW", takenAt: now }] },
      },
    });
    await db.auditEvent.create({
      data: {
        actorType: "SYSTEM",
        actorLabel: "test",
        action: "lane.create",
        entityType: "Lane",
        entityId: lane.id,
        laneId: lane.id,
      },
    });
    await db.lane.delete({ where: { id: lane.id } });
    expect(await db.release.count({ where: { id: release.id } })).toBe(0);
    expect(await db.measurement.count({ where: { releaseId: release.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { laneId: lane.id } })).toBe(1);
  });

  it("refuses to delete a person who still holds an assignment", async () => {
    const lane = await newLane();
    const user = await db.user.create({ data: { name: "Owner", email: `${uniqueSlug("o")}@example.test` } });
    await db.ownerAssignment.create({ data: { laneId: lane.id, role: "PLANNER", userId: user.id, reason: "test" } });
    await expect(db.user.delete({ where: { id: user.id } })).rejects.toThrow();
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });
});
