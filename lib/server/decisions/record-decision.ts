import "server-only";
import type { TRecordDecision } from "@/lib/schemas/decision";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { applyStageChange } from "@/lib/server/lanes/apply-stage-change";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { enqueueNotifications } from "@/lib/server/mutations/enqueue-notifications";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

/**
 * A platform lead answers "expand this lane's scope now?". The decision keeps the evaluation it
 * was taken on, frozen. Approving a lane in PRODUCTION moves it to EXPANDED in the same
 * transaction, through the expansion gate: when the lane is not READY only an explicit override
 * passes, and that override is recorded and flagged.
 */
export async function recordDecision({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TRecordDecision;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "decision.record",
      laneId: lane.id,
      action: input.outcome === "APPROVED" ? "decision.approve" : "decision.refuse",
      summary: `Expansion of ${lane.name} ${input.outcome === "APPROVED" ? "approved" : "refused"}`,
      run: async (tx) => {
        const { row, evaluation } = await getLaneDetail({ db: tx, id: lane.id, now });
        let stage = null;
        if (input.outcome === "APPROVED" && row.stage !== "EXPANDED") {
          if (row.stage !== "PRODUCTION") {
            throw new AppError(
              "INVALID_STAGE_TRANSITION",
              `${lane.name} is at ${row.stage.toLowerCase()}: only a lane in production can have its scope expanded.`,
              {
                fix: "Move the lane to Production first, or refuse the expansion.",
              },
            );
          }
          stage = await applyStageChange({
            tx,
            actor,
            now,
            request: {
              laneId: lane.id,
              toStage: "EXPANDED",
              reason: input.reason,
              override: input.override ?? false,
              version: null,
            },
          });
        }
        const decision = await tx.decision.create({
          data: {
            laneId: lane.id,
            outcome: input.outcome,
            reason: input.reason,
            decidedById: actor.type === "USER" ? actor.userId : null,
            decidedAt: now,
            evaluation: toJsonValue(evaluation) ?? {},
          },
        });
        await enqueueNotifications({
          tx,
          laneId: lane.id,
          event: "decision.recorded",
          payload: {
            lane: { slug: lane.slug, name: lane.name },
            outcome: input.outcome,
            reason: input.reason,
            verdict: evaluation.verdict,
            streak: evaluation.streak,
            override: stage?.overrides ?? [],
            at: now.toISOString(),
          },
          text: `${lane.name}: expansion ${input.outcome === "APPROVED" ? "approved" : "refused"} on a ${evaluation.verdict} verdict — ${input.reason}`,
        });
        return {
          result: {
            id: decision.id,
            outcome: decision.outcome,
            verdict: evaluation.verdict,
            stage: stage ? "EXPANDED" : row.stage,
            overrides: stage?.overrides ?? [],
          },
          entityType: "Decision",
          entityId: decision.id,
          before: stage ? stage.before : undefined,
          after: {
            outcome: decision.outcome,
            reason: decision.reason,
            verdict: evaluation.verdict,
            streak: evaluation.streak,
            stage: stage?.after ?? null,
          },
        };
      },
    },
  );
}
