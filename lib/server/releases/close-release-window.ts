import "server-only";
import type { TCloseRelease } from "@/lib/schemas/release";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { updateReleaseVersioned } from "@/lib/server/releases/update-release-versioned";

/**
 * Ends a release's observation window now (early): from then on the release is judged and counts
 * towards, or breaks, the stable streak.
 */
export async function closeReleaseWindow({
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
  input: TCloseRelease;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "release.close",
      summary: `Observation window of release ${label} closed`,
      run: async (tx) => {
        const release = await findReleaseOrThrow({ db: tx, lane, label, expectedVersion: input.version });
        if (!release.deployedAt) {
          throw new AppError(
            "RELEASE_NOT_DEPLOYED",
            `Release ${label} is only planned: it has no observation window to close.`,
            { fix: "Deploy the release first." },
          );
        }
        if (release.observationEndsAt && release.observationEndsAt.getTime() <= now.getTime()) {
          throw new AppError("WINDOW_ALREADY_CLOSED", `The observation window of release ${label} is already closed.`, {
            fix: "Nothing to do: the release is already judged.",
          });
        }
        const updated = await updateReleaseVersioned({
          tx,
          release,
          expectedVersion: input.version,
          data: { observationEndsAt: now },
        });
        return { result: updated, entityType: "Release", entityId: release.id, before: release, after: updated };
      },
    },
  );
}
