import "server-only";
import type { TRollbackRelease } from "@/lib/schemas/release";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { updateReleaseVersioned } from "@/lib/server/releases/update-release-versioned";

/**
 * Records that a deployed release was rolled back. The gate treats a rolled-back release as
 * closed at once and never stable (ROLLED_BACK), so the streak restarts.
 */
export async function rollBackRelease({
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
  input: TRollbackRelease;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "release.rollback",
      summary: `Release ${label} rolled back: ${input.reason}`,
      run: async (tx) => {
        const release = await findReleaseOrThrow({ db: tx, lane, label, expectedVersion: input.version });
        if (!release.deployedAt) {
          throw new AppError(
            "RELEASE_NOT_DEPLOYED",
            `Release ${label} was never deployed, so it cannot be rolled back.`,
            { fix: "Deploy the release first, or leave it planned." },
          );
        }
        if (release.rolledBackAt) {
          throw new AppError("RELEASE_ALREADY_ROLLED_BACK", `Release ${label} was already rolled back.`, {
            fix: "Nothing to do: the rollback is on record.",
          });
        }
        const updated = await updateReleaseVersioned({
          tx,
          release,
          expectedVersion: input.version,
          data: { rolledBackAt: now, rollbackReason: input.reason },
        });
        return { result: updated, entityType: "Release", entityId: release.id, before: release, after: updated };
      },
    },
  );
}
