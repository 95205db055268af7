import "server-only";
import type { TInvalidateMeasurement } from "@/lib/schemas/measurement";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { flagDecisionsForReview } from "@/lib/server/decisions/flag-decisions-for-review";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { assertVersion, writeVersioned } from "@/lib/server/mutations/stale-error";

/**
 * Invalidates a measurement (a flaky run, a broken benchmark host): it stays visible, struck
 * through, and no longer counts. Expansion decisions that rested on it are marked for review.
 */
export async function invalidateMeasurement({
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
  input: TInvalidateMeasurement;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "measurement.invalidate",
      summary: `Measurement invalidated: ${input.reason}`,
      run: async (tx) => {
        const before = await tx.measurement.findFirst({
          where: { id, release: { laneId: lane.id } },
          include: { release: { select: { versionLabel: true } } },
        });
        if (!before) throw notFound("Measurement");
        const { release: _r, ...stored } = before;
        const version = assertVersion({ entity: "measurement", expectedVersion: input.version, row: stored });
        if (before.invalidatedAt) {
          throw new AppError(
            "MEASUREMENT_ALREADY_INVALIDATED",
            `This measurement was already invalidated: ${before.invalidationReason ?? "no reason given"}.`,
            {
              fix: "Nothing to do: it no longer counts.",
            },
          );
        }
        const after = await writeVersioned({
          entity: "measurement",
          expectedVersion: version,
          write: () =>
            tx.measurement.updateMany({
              where: { id, version },
              data: { invalidatedAt: now, invalidationReason: input.reason, version: { increment: 1 } },
            }),
          read: () => tx.measurement.findUniqueOrThrow({ where: { id } }),
        });
        const label = before.release.versionLabel;
        const flagged = await flagDecisionsForReview(
          tx,
          lane.id,
          `Measurement ${before.kpiKey} = ${before.value.toString()} of release ${label} was invalidated: ${input.reason}`,
          {
            releaseId: before.releaseId,
            recordedAt: before.createdAt,
          },
        );
        return {
          result: { ...after, flaggedDecisions: flagged },
          entityType: "Measurement",
          entityId: id,
          before: stored,
          after: { ...after, flaggedDecisions: flagged },
        };
      },
    },
  );
}
