import "server-only";
import type { TRecordDrill } from "@/lib/schemas/rollback";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/** Records a rollback drill: when it was performed and how long recovery took. */
export async function recordDrill({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TRecordDrill;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  const performedAt = new Date(input.performedAt);
  return runMutation(
    { db, actor, now },
    {
      permission: "rollback.write",
      laneId: lane.id,
      action: "drill.record",
      summary: `Rollback drill of ${lane.name} recorded`,
      run: async (tx) => {
        if (performedAt.getTime() > now.getTime() + 60_000) {
          throw new AppError("DRILL_IN_FUTURE", "A drill is recorded after it was performed, not before.", {
            params: [{ pointer: "/performedAt", message: "This time is in the future" }],
          });
        }
        const design = await tx.rollbackDesign.findUnique({ where: { laneId: lane.id }, select: { id: true } });
        if (!design) {
          throw new AppError("NO_ROLLBACK_DESIGN", `${lane.name} has no rollback design to drill.`, {
            fix: "Write the rollback design (runbook link and rollback target) first, then record drills of it.",
          });
        }
        const drill = await tx.rollbackDrill.create({
          data: { laneId: lane.id, performedAt, recoverySeconds: input.recoverySeconds, notes: input.notes || null },
        });
        return { result: drill, entityType: "RollbackDrill", entityId: drill.id, after: drill };
      },
    },
  );
}
