import "server-only";
import type { GateOverrideKind, LaneStage, OwnerRole } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import type { DemoLane, DemoTarget } from "@/lib/server/seed/demo-lanes";
import { slugifyTeamName } from "@/lib/domain/teams/slugify-team-name";
import { toKpiRow } from "@/lib/server/targets/write-target-version";

// The demo's lane set-up steps (create, stage moves, owners, targets, rollback design, drills,
// plan snapshots). The lane, owner, target and rollback workflows are built in parallel with the
// release workflows; until their use cases are on main, each step writes its rows here, but through
// runMutation like any use case: authorized for its actor, audited and recorded in readiness
// history at the step's historical time, one transaction per step. At merge each function body
// becomes a call to the matching use case.

type Ctx = { db: Db; actor: Actor; now: Date };

export async function createDemoLane({ db, actor, now }: Ctx, spec: DemoLane) {
  return runMutation(
    { db, actor, now },
    {
      permission: "lane.create",
      laneId: null,
      action: "lane.create",
      summary: `Lane ${spec.name} created`,
      run: async (tx) => {
        const lane = await tx.lane.create({
          data: {
            slug: spec.slug,
            name: spec.name,
            workload: spec.workload,
            team: { connect: { slug: slugifyTeamName(spec.owningTeam) } },
            engineVersion: spec.engineVersion,
            createdAt: now,
          },
        });
        return { result: lane, entityType: "Lane", entityId: lane.id, after: lane, laneId: lane.id };
      },
    },
  );
}

export async function changeDemoStage(
  { db, actor, now }: Ctx,
  laneId: string,
  move: { to: LaneStage; reason: string; override?: GateOverrideKind },
) {
  return runMutation(
    { db, actor, now },
    {
      permission: move.override ? "lane.override" : "lane.update",
      laneId,
      action: move.override ? "stage.override" : "stage.change",
      summary: `Stage moved to ${move.to}${move.override ? ` by ${move.override === "ONE_LANE" ? "one-lane rule" : "expansion gate"} override` : ""}: ${move.reason}`,
      run: async (tx) => {
        const before = await tx.lane.findUniqueOrThrow({ where: { id: laneId } });
        const changedById = actor.type === "USER" ? actor.userId : null;
        await tx.stageChange.create({
          data: {
            laneId,
            fromStage: before.stage,
            toStage: move.to,
            reason: move.reason,
            overrideKind: move.override ?? null,
            changedById,
            at: now,
          },
        });
        const after = await tx.lane.update({
          where: { id: laneId },
          data: { stage: move.to, leftProposedAt: before.leftProposedAt ?? now, version: { increment: 1 } },
        });
        return {
          result: after,
          entityType: "Lane",
          entityId: laneId,
          before: { stage: before.stage },
          after: { stage: after.stage, reason: move.reason, override: move.override ?? null },
        };
      },
    },
  );
}

export async function assignDemoOwner(
  { db, actor, now }: Ctx,
  laneId: string,
  owner: { role: OwnerRole; userId: string; personName: string; reason: string },
) {
  return runMutation(
    { db, actor, now },
    {
      permission: "owner.assign",
      laneId,
      action: "owner.assign",
      summary: `${owner.personName} assigned as ${owner.role.toLowerCase()} owner`,
      run: async (tx) => {
        const previous = await tx.ownerAssignment.findFirst({ where: { laneId, role: owner.role, endedAt: null } });
        if (previous) await tx.ownerAssignment.update({ where: { id: previous.id }, data: { endedAt: now } });
        const assignedById = actor.type === "USER" ? actor.userId : null;
        const a = await tx.ownerAssignment.create({
          data: { laneId, role: owner.role, userId: owner.userId, assignedById, reason: owner.reason, assignedAt: now },
        });
        return { result: a, entityType: "OwnerAssignment", entityId: a.id, before: previous, after: a };
      },
    },
  );
}

export async function defineDemoTargets({ db, actor, now }: Ctx, laneId: string, targets: readonly DemoTarget[]) {
  return runMutation(
    { db, actor, now },
    {
      permission: "targets.define",
      laneId,
      action: "targets.define",
      summary: "KPI targets and stop conditions defined (version 1)",
      run: async (tx) => {
        const approvedById = actor.type === "USER" ? actor.userId : null;
        const version = await tx.targetVersion.create({
          data: {
            laneId,
            version: 1,
            status: "APPROVED",
            reason: "Initial KPI targets and stop conditions",
            proposedById: approvedById,
            approvedById,
            createdAt: now,
            approvedAt: now,
            effectiveFrom: now,
            targets: {
              create: targets.map((t, position) => toKpiRow({ ...t, stop: t.stop ?? null }, position)),
            },
          },
        });
        return { result: version, entityType: "TargetVersion", entityId: version.id, after: { version: 1, targets } };
      },
    },
  );
}

export async function writeDemoRollbackDesign(
  { db, actor, now }: Ctx,
  laneId: string,
  design: { runbookUrl: string; target: string },
) {
  return runMutation(
    { db, actor, now },
    {
      permission: "rollback.write",
      laneId,
      action: "rollback_design.save",
      summary: `Rollback design written: back to ${design.target}`,
      run: async (tx) => {
        const row = await tx.rollbackDesign.create({
          data: { laneId, runbookUrl: design.runbookUrl, rollbackTarget: design.target },
        });
        return { result: row, entityType: "RollbackDesign", entityId: row.id, after: row };
      },
    },
  );
}

export async function recordDemoDrill(
  { db, actor, now }: Ctx,
  laneId: string,
  drill: { seconds: number; notes: string },
) {
  return runMutation(
    { db, actor, now },
    {
      permission: "rollback.write",
      laneId,
      action: "drill.record",
      summary: `Rollback drill recovered in ${Math.round(drill.seconds / 60)} min`,
      run: async (tx) => {
        const row = await tx.rollbackDrill.create({
          data: { laneId, performedAt: now, recoverySeconds: drill.seconds, notes: drill.notes, createdAt: now },
        });
        return { result: row, entityType: "RollbackDrill", entityId: row.id, after: row };
      },
    },
  );
}

export async function captureDemoPlan(
  { db, actor, now }: Ctx,
  laneId: string,
  plan: { query: string; text: string; releaseId: string | null },
) {
  return runMutation(
    { db, actor, now },
    {
      permission: "ingest.write",
      laneId,
      action: "plan.capture",
      summary: `Plan of ${plan.query} captured`,
      run: async (tx) => {
        const row = await tx.planSnapshot.create({
          data: {
            laneId,
            releaseId: plan.releaseId,
            queryName: plan.query,
            rawText: plan.text,
            capturedAt: now,
            createdAt: now,
          },
        });
        return {
          result: { id: row.id },
          entityType: "PlanSnapshot",
          entityId: row.id,
          after: { queryName: row.queryName, releaseId: row.releaseId },
        };
      },
    },
  );
}
