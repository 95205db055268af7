import "server-only";
import type { TRecordRecovery } from "@/lib/schemas/regression";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { assertVersion, writeVersioned } from "@/lib/server/mutations/stale-error";

/** Records when a regression recovered (and whether by rollback); never before it was detected. */
export async function recordRecovery({
  db,
  actor,
  slug,
  id,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  id: string;
  input: TRecordRecovery;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "regression.recover",
      summary: "Regression recovery recorded",
      run: async (tx) => {
        const before = await tx.regression.findFirst({ where: { id, release: { laneId: lane.id } } });
        if (!before) throw notFound("Regression");
        const version = assertVersion({ entity: "regression", expectedVersion: input.version, row: before });
        if (before.recoveredAt) {
          throw new AppError(
            "REGRESSION_ALREADY_RECOVERED",
            `This regression already recovered on ${formatInstant(before.recoveredAt)}.`,
            { fix: "Nothing to do: the recovery is on record." },
          );
        }
        const recoveredAt = new Date(input.recoveredAt);
        if (recoveredAt.getTime() < before.detectedAt.getTime()) {
          throw new AppError(
            "RECOVERED_BEFORE_DETECTED",
            `The regression cannot recover before it was detected (${formatInstant(before.detectedAt)}).`,
            {
              fix: "Give a recovery time at or after the detection time.",
              params: [{ pointer: "/recoveredAt", message: `Must be at or after ${formatInstant(before.detectedAt)}` }],
            },
          );
        }
        const after = await writeVersioned({
          entity: "regression",
          expectedVersion: version,
          write: () =>
            tx.regression.updateMany({
              where: { id, version },
              data: { recoveredAt, recoveredByRollback: input.recoveredByRollback, version: { increment: 1 } },
            }),
          read: () => tx.regression.findUniqueOrThrow({ where: { id } }),
        });
        return { result: after, entityType: "Regression", entityId: id, before, after };
      },
    },
  );
}
