import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { createPerson } from "@/tests/factories/lanes";
import { latencyTarget } from "@/tests/factories/inputs";
import { createLane } from "@/lib/server/lanes/create-lane";
import { defineTargets } from "@/lib/server/targets/define-targets";
import { editTargets } from "@/lib/server/targets/edit-targets";
import { reviewTargets } from "@/lib/server/targets/review-targets";
import { freezeTargetsOnFirstDeploy } from "@/lib/server/targets/freeze-targets-on-first-deploy";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";
import { DEFAULT_POLICY } from "@/lib/domain/readiness/constants";
import type { Actor } from "@/lib/server/auth/actor";

const { db } = createTestDb();
const system: Actor = { type: "SYSTEM", label: "test" };
afterAll(async () => {
  await db.$disconnect();
});

const latency = (target: number) => latencyTarget({ target, stop: 150 });
const newLane = () =>
  createLane({
    db,
    actor: system,
    input: {
      slug: uniqueSlug("tgt"),
      name: "Targets lane",
      workload: "w",
      team: "test-team",
      engineVersion: "53",
      ...DEFAULT_POLICY,
    },
  });
const T = (d: string) => new Date(`2026-11-${d}T12:00:00Z`);

/** Deploys a release the way deployRelease does: the release row plus the freeze, in one transaction. */
async function deploy(laneId: string, label: string, at: Date, value: number) {
  await db.$transaction(async (tx) => {
    await tx.release.create({
      data: {
        laneId,
        versionLabel: label,
        engineVersion: "53",
        deployedAt: at,
        observationEndsAt: new Date(at.getTime() + 86_400_000),
        measurements: { create: [{ kpiKey: "p95_latency_ms", value, source: "PRODUCTION", takenAt: at }] },
      },
    });
    await freezeTargetsOnFirstDeploy(tx, laneId, at);
  });
}

describe("KPI target versions", () => {
  it("version 1 is editable before the first deployment, frozen by it, and a change after that is a new version needing approval", async () => {
    const lane = await newLane();
    const lead = await createPerson(db, "PLATFORM_LEAD");
    const leadActor: Actor = { type: "USER", userId: lead.id, name: lead.name, role: "PLATFORM_LEAD" };
    await defineTargets({ db, actor: system, slug: lane.slug, input: { targets: latency(90) }, now: T("01") });
    await editTargets({
      db,
      actor: system,
      slug: lane.slug,
      version: 1,
      input: { targets: latency(80) },
      now: T("02"),
    });
    // Before any deployment a "new version" is refused: edit version 1 instead.
    await expect(
      defineTargets({ db, actor: system, slug: lane.slug, input: { targets: latency(70), reason: "tighter" } }),
    ).rejects.toMatchObject({ code: "TARGETS_NOT_FROZEN" });

    await deploy(lane.id, "r1", T("03"), 85);
    expect((await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 1 } })).frozenAt).toEqual(
      T("03"),
    );

    const auditBefore = await db.auditEvent.count({ where: { laneId: lane.id } });
    const frozen = await editTargets({
      db,
      actor: system,
      slug: lane.slug,
      version: 1,
      input: { targets: latency(90) },
    }).catch((e: unknown) => e);
    expect(frozen).toMatchObject({
      code: "TARGETS_FROZEN",
      status: 409,
      details: { fix: expect.stringMatching(/Propose a new target version/) },
    });
    await expect(
      defineTargets({ db, actor: system, slug: lane.slug, input: { targets: latency(90) } }),
    ).rejects.toMatchObject({ code: "REASON_REQUIRED", details: { params: [{ pointer: "/reason" }] } });
    expect(await db.auditEvent.count({ where: { laneId: lane.id } })).toBe(auditBefore);

    const v2 = await defineTargets({
      db,
      actor: system,
      slug: lane.slug,
      input: { targets: latency(90), reason: "Baseline was measured on a cold cache" },
      now: T("05"),
    });
    expect(v2).toMatchObject({ version: 2, status: "PENDING_APPROVAL", effectiveFrom: null });
    await expect(
      defineTargets({ db, actor: system, slug: lane.slug, input: { targets: latency(95), reason: "another" } }),
    ).rejects.toMatchObject({ code: "TARGETS_PENDING" });

    // Pending versions are not in force: r1 (85 ms) is still judged by version 1's 80 ms target.
    const pending = await getLaneDetail({ db, slug: lane.slug, now: T("20") });
    expect(pending.evaluation.releases[0]).toMatchObject({ targetVersion: 1, status: "UNSTABLE" });

    await reviewTargets({
      db,
      actor: leadActor,
      slug: lane.slug,
      version: 2,
      outcome: "APPROVED",
      reason: "Agreed with the finance team",
      now: T("06"),
    });
    expect(await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 2 } })).toMatchObject({
      status: "APPROVED",
      approvedById: lead.id,
      approvedAt: T("06"),
      effectiveFrom: T("06"),
    });
    await expect(
      reviewTargets({
        db,
        actor: leadActor,
        slug: lane.slug,
        version: 2,
        outcome: "REJECTED",
        reason: "changed my mind",
      }),
    ).rejects.toMatchObject({ code: "TARGETS_NOT_PENDING" });

    // r2 (85 ms) deploys under version 2 (90 ms) and passes; r1 stays judged by version 1.
    await deploy(lane.id, "r2", T("07"), 85);
    const detail = await getLaneDetail({ db, slug: lane.slug, now: T("20") });
    const byLabel = new Map(detail.evaluation.releases.map((r) => [r.versionLabel, r]));
    expect(byLabel.get("r1")).toMatchObject({ targetVersion: 1, status: "UNSTABLE" });
    expect(byLabel.get("r2")).toMatchObject({ targetVersion: 2, status: "STABLE" });
    expect((await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 2 } })).frozenAt).toEqual(
      T("07"),
    );
  });

  it("a rejected proposal never comes into force and the lane stays on the old version", async () => {
    const lane = await newLane();
    await defineTargets({ db, actor: system, slug: lane.slug, input: { targets: latency(80) }, now: T("01") });
    await deploy(lane.id, "r1", T("02"), 70);
    await defineTargets({
      db,
      actor: system,
      slug: lane.slug,
      input: { targets: latency(99), reason: "Looser, please" },
      now: T("03"),
    });
    const rejected = await reviewTargets({
      db,
      actor: system,
      slug: lane.slug,
      version: 2,
      outcome: "REJECTED",
      reason: "No evidence the baseline moved",
      now: T("04"),
    });
    expect(rejected).toMatchObject({ status: "REJECTED", effectiveFrom: null });
    expect(rejected.reason).toMatch(/rejected: No evidence the baseline moved/);
    await expect(
      editTargets({ db, actor: system, slug: lane.slug, version: 2, input: { targets: latency(98) } }),
    ).rejects.toMatchObject({ code: "TARGETS_FROZEN" });
    await deploy(lane.id, "r2", T("05"), 85);
    const detail = await getLaneDetail({ db, slug: lane.slug, now: T("20") });
    expect(detail.evaluation.releases.find((r) => r.versionLabel === "r2")).toMatchObject({
      targetVersion: 1,
      status: "UNSTABLE",
    });
    expect(await db.auditEvent.findFirst({ where: { laneId: lane.id, action: "targets.reject" } })).toMatchObject({
      before: { status: "PENDING_APPROVAL" },
      after: { status: "REJECTED" },
    });
  });

  it("approval needs targets.approve: a lane owner is refused", async () => {
    const lane = await newLane();
    const o = await createPerson(db);
    await db.ownerAssignment.create({ data: { laneId: lane.id, role: "PLANNER", userId: o.id, reason: "fixture" } });
    const ownerActor: Actor = { type: "USER", userId: o.id, name: o.name, role: "LANE_OWNER" };
    await defineTargets({ db, actor: ownerActor, slug: lane.slug, input: { targets: latency(80) }, now: T("01") });
    await deploy(lane.id, "r1", T("02"), 70);
    await defineTargets({
      db,
      actor: ownerActor,
      slug: lane.slug,
      input: { targets: latency(90), reason: "Cold cache baseline" },
      now: T("03"),
    });
    await expect(
      reviewTargets({
        db,
        actor: ownerActor,
        slug: lane.slug,
        version: 2,
        outcome: "APPROVED",
        reason: "self-approval",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
