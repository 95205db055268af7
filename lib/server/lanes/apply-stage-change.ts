import "server-only";
import { checkStageTransition, STAGE_ORDER } from "@/lib/domain/lanes/check-stage-transition";
import { decideStageGates } from "@/lib/domain/lanes/decide-stage-gates";
import { findPausedFrom } from "@/lib/domain/lanes/find-paused-from";
import type { Stage } from "@/lib/domain/readiness/types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { AppError } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/db-types";
import { staleError } from "@/lib/server/mutations/stale-error";
import { checkOneLaneRule } from "@/lib/server/lanes/check-one-lane-rule";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";

// Stage moves of all lanes are serialised: two lanes entering CANARY at once must not both pass the one-lane rule.
const STAGE_GATE_LOCK = 715_001;

export interface StageChangeRequest {
  laneId: string;
  toStage: Stage;
  reason: string | null;
  override: boolean;
  /** The lane version the caller saw; null to skip the check (API clients that only know the slug). */
  version: number | null;
}

/**
 * Moves a lane's stage inside the caller's transaction, through the transition table and both
 * gates: EXPANDED needs a READY verdict, and the one-lane rule. A closed gate is passed only by a
 * platform lead's explicit override ("lane.override"), recorded on the StageChange so the
 * readiness flags EXPANSION_BEFORE_PROOF / ONE_LANE_RULE_OVERRIDDEN appear.
 */
export async function applyStageChange({
  tx,
  actor,
  now,
  request,
}: {
  tx: Tx;
  actor: Actor;
  now: Date;
  request: StageChangeRequest;
}) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STAGE_GATE_LOCK})`;
  const { row, evaluation } = await getLaneDetail({ db: tx, id: request.laneId, now });
  const before = { stage: row.stage, version: row.version, leftProposedAt: row.leftProposedAt };
  if (request.version !== null && request.version !== row.version) {
    throw staleError({ entity: "lane", expectedVersion: request.version, current: laneSnapshot(row) });
  }
  const from = row.stage;
  const to = request.toStage;
  const check = checkStageTransition({ from, to, pausedFrom: findPausedFrom(row) });
  if (!check.ok)
    throw new AppError("INVALID_STAGE_TRANSITION", check.message, {
      fix: check.fix,
      params: [{ pointer: "/toStage", message: check.message }],
    });

  const gates = decideStageGates({
    laneName: row.name,
    to,
    evaluation,
    oneLaneHolders: await checkOneLaneRule({ tx, laneId: row.id, from, to, now }),
    override: request.override,
  });
  if (!gates.ok) throw new AppError(gates.code, gates.message, { fix: gates.fix, extra: gates.extra });
  const { overrides } = gates;
  if (overrides.length > 0)
    authorize(actor, "lane.override", {
      laneId: row.id,
      laneOwnerIds: row.assignments.filter((a) => a.endedAt === null).map((a) => a.userId),
    });

  const changedById = actor.type === "USER" ? actor.userId : null;
  const kinds = overrides.length > 0 ? overrides : [null];
  for (const overrideKind of kinds) {
    await tx.stageChange.create({
      data: {
        laneId: row.id,
        fromStage: from,
        toStage: to,
        reason: request.reason,
        overrideKind,
        changedById,
        at: now,
      },
    });
  }
  // leftProposedAt marks the first move into the staged migration, once; it dates the ownership flag.
  const leavesProposed = row.leftProposedAt === null && to !== "PROPOSED" && STAGE_ORDER.includes(to);
  const updated = await tx.lane.updateMany({
    where: { id: row.id, version: row.version },
    data: { stage: to, version: { increment: 1 }, ...(leavesProposed ? { leftProposedAt: now } : {}) },
  });
  if (updated.count === 0)
    throw staleError({ entity: "lane", expectedVersion: row.version, current: laneSnapshot(row) });
  const after = {
    stage: to,
    version: row.version + 1,
    leftProposedAt: leavesProposed ? now : row.leftProposedAt,
    overrides,
    reason: request.reason,
  };
  return { row, evaluation, before, after, overrides };
}

/** The lane's own fields, as a stale refusal shows them and the audit records them. */
export function laneSnapshot(row: {
  name: string;
  workload: string;
  team: { slug: string; name: string };
  engineVersion: string;
  stage: Stage;
  requiredStableReleases: number;
  recoveryLimitSeconds: number;
  drillMaxAgeDays: number;
  version: number;
}) {
  return {
    name: row.name,
    workload: row.workload,
    team: row.team.slug,
    owningTeam: row.team.name,
    engineVersion: row.engineVersion,
    stage: row.stage,
    requiredStableReleases: row.requiredStableReleases,
    recoveryLimitSeconds: row.recoveryLimitSeconds,
    drillMaxAgeDays: row.drillMaxAgeDays,
    version: row.version,
  };
}
