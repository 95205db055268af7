import "server-only";
import type { TRecordRegression } from "@/lib/schemas/regression";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";

/**
 * Records an execution regression of a release. Its recovery time is judged against the lane's
 * recovery limit (SLOW_RECOVERY); an unrecovered regression keeps the release from being stable.
 */
export async function recordRegression({
  db,
  actor,
  slug,
  label,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  label: string;
  input: TRecordRegression;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "regression.record",
      summary: `Regression "${input.summary}" recorded for release ${label}`,
      run: async (tx) => {
        const release = await findReleaseOrThrow({ db: tx, lane, label });
        const detectedAt = new Date(input.detectedAt);
        if (detectedAt.getTime() > now.getTime()) {
          throw new AppError("DETECTED_IN_FUTURE", "A regression cannot be detected in the future.", {
            params: [{ pointer: "/detectedAt", message: "This time is in the future" }],
          });
        }
        const regression = await tx.regression.create({
          data: {
            releaseId: release.id,
            summary: input.summary,
            detectedAt,
            recoveredAt: input.recoveredAt ? new Date(input.recoveredAt) : null,
            recoveredByRollback: input.recoveredByRollback,
            attributedTo: input.attributedTo ?? null,
            planChange: input.planChange ?? null,
            createdAt: now,
          },
        });
        return {
          result: regression,
          entityType: "Regression",
          entityId: regression.id,
          after: { ...regression, releaseLabel: label },
        };
      },
    },
  );
}
