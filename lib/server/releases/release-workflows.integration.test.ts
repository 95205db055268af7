import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createReleaseLane, days, stableRelease as stableTestRelease } from "@/tests/factories/lanes";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { createRelease } from "@/lib/server/releases/create-release";
import { deployRelease } from "@/lib/server/releases/deploy-release";
import { closeReleaseWindow } from "@/lib/server/releases/close-release-window";
import { rollBackRelease } from "@/lib/server/releases/roll-back-release";
import { editRelease } from "@/lib/server/releases/edit-release";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";

const { db } = createTestDb();
const actor: Actor = { type: "SYSTEM", label: "release workflow test" };
const T0 = new Date("2026-10-01T08:00:00.000Z");
const LATER = new Date("2026-11-20T08:00:00.000Z");

const stableRelease = (slug: string, label: string, at: Date) => stableTestRelease(db, { slug, label, at });

const counts = (laneId: string) =>
  Promise.all([
    db.release.findMany({ where: { laneId }, orderBy: { id: "asc" } }),
    db.measurement.count({ where: { release: { laneId } } }),
    db.auditEvent.count({ where: { laneId } }),
    db.readinessChange.count({ where: { laneId } }),
    db.targetVersion.findMany({ where: { laneId }, select: { frozenAt: true } }),
  ]);

afterAll(async () => {
  await db.$disconnect();
});

describe("deploy", () => {
  it("sets deployedAt and the window end, and freezes the targets in force at the first deployment only", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53" }, now: T0 });
    const deployed = await deployRelease({
      db,
      actor,
      slug,
      label: "r1",
      input: { observationWindowHours: 36, version: 1 },
      now: days(T0, 1),
    });
    expect(deployed.deployedAt).toEqual(days(T0, 1));
    expect(deployed.observationEndsAt).toEqual(days(T0, 2.5));
    expect(deployed.version).toBe(2);
    const v1 = await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 1 } });
    expect(v1.frozenAt).toEqual(days(T0, 1));

    await createRelease({ db, actor, slug, input: { versionLabel: "r2", engineVersion: "53" }, now: days(T0, 3) });
    await deployRelease({ db, actor, slug, label: "r2", input: { observationWindowHours: 24 }, now: days(T0, 4) });
    expect((await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 1 } })).frozenAt).toEqual(
      days(T0, 1),
    );
    const audit = await db.auditEvent.findMany({
      where: { laneId: lane.id, action: "release.deploy" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.at)).toEqual([days(T0, 1), days(T0, 4)]);
  });

  it("refuses a second deployment, and writes nothing", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53" }, now: T0 });
    await deployRelease({ db, actor, slug, label: "r1", input: { observationWindowHours: 24 }, now: T0 });
    const before = await counts(lane.id);
    await expect(
      deployRelease({ db, actor, slug, label: "r1", input: { observationWindowHours: 24 }, now: days(T0, 1) }),
    ).rejects.toMatchObject({ code: "RELEASE_ALREADY_DEPLOYED", status: 409 });
    expect(await counts(lane.id)).toEqual(before);
  });
});

describe("close and roll back", () => {
  it("closing the window judges the release at once; two stable closed releases make the lane READY", async () => {
    const { slug } = await createReleaseLane(db, { at: T0 });
    await stableRelease(slug, "r1", T0);
    const mid = await getLaneReadiness({ db, slug, now: days(T0, 2) });
    expect(mid).toMatchObject({ verdict: "HOLD", streak: 1 });
    await stableRelease(slug, "r2", days(T0, 5));
    const ready = await getLaneReadiness({ db, slug, now: LATER });
    expect(ready).toMatchObject({ verdict: "READY", streak: 2, reasons: [] });
  });

  it("refuses to close a window that is already over, and writes nothing", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await stableRelease(slug, "r1", T0);
    const before = await counts(lane.id);
    await expect(
      closeReleaseWindow({ db, actor, slug, label: "r1", input: {}, now: days(T0, 3) }),
    ).rejects.toMatchObject({ code: "WINDOW_ALREADY_CLOSED" });
    expect(await counts(lane.id)).toEqual(before);
  });

  it("a rolled-back release becomes unstable (ROLLED_BACK) and restarts the streak", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await stableRelease(slug, "r1", T0);
    await stableRelease(slug, "r2", days(T0, 5));
    expect(await getLaneReadiness({ db, slug, now: days(T0, 8) })).toMatchObject({ verdict: "READY" });
    await rollBackRelease({
      db,
      actor,
      slug,
      label: "r2",
      input: { reason: "Executor OOM on month-end partition" },
      now: days(T0, 9),
    });
    const r = await getLaneReadiness({ db, slug, now: days(T0, 9) });
    expect(r).toMatchObject({ verdict: "HOLD", streak: 0 });
    expect(r.releases.find((x) => x.versionLabel === "r2")).toMatchObject({ status: "UNSTABLE" });
    expect(r.reasons.map((x) => x.code)).toContain("ROLLED_BACK");
    const last = await db.readinessChange.findFirstOrThrow({ where: { laneId: lane.id }, orderBy: { at: "desc" } });
    expect(last).toMatchObject({
      verdict: "HOLD",
      cause: "Release r2 rolled back: Executor OOM on month-end partition",
      at: days(T0, 9),
    });
  });

  it("refuses to roll back a planned release, and writes nothing", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53" }, now: T0 });
    const before = await counts(lane.id);
    await expect(
      rollBackRelease({ db, actor, slug, label: "r1", input: { reason: "never mind" }, now: T0 }),
    ).rejects.toMatchObject({ code: "RELEASE_NOT_DEPLOYED" });
    expect(await counts(lane.id)).toEqual(before);
  });
});

describe("optimistic concurrency on release edits", () => {
  it("of two edits based on the same version, the second is refused with the current record and writes nothing", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53.0" }, now: T0 });
    const [first, second] = await Promise.allSettled([
      editRelease({
        db,
        actor,
        slug,
        label: "r1",
        input: { version: 1, engineVersion: "53.1", notes: "first" },
        now: T0,
      }),
      editRelease({
        db,
        actor,
        slug,
        label: "r1",
        input: { version: 1, engineVersion: "53.2", notes: "second" },
        now: T0,
      }),
    ]);
    const outcomes = [first, second];
    const ok = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(AppError);
    const error = refused[0] as AppError;
    expect(error).toMatchObject({ code: "STALE_VERSION", status: 409 });
    const current = await db.release.findFirstOrThrow({ where: { laneId: lane.id } });
    expect(current.version).toBe(2);
    expect(error.details.extra?.current).toMatchObject({ version: 2, engineVersion: current.engineVersion });
    expect(await db.auditEvent.count({ where: { laneId: lane.id, action: "release.edit" } })).toBe(1);
  });

  it("a deploy based on a stale version is refused and nothing is frozen", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53.0" }, now: T0 });
    await editRelease({ db, actor, slug, label: "r1", input: { version: 1, engineVersion: "53.1" }, now: T0 });
    const before = await counts(lane.id);
    await expect(
      deployRelease({ db, actor, slug, label: "r1", input: { version: 1, observationWindowHours: 24 }, now: T0 }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect(await counts(lane.id)).toEqual(before);
  });
});
