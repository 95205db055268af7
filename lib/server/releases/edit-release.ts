import "server-only";
import type { TEditRelease } from "@/lib/schemas/release";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { updateReleaseVersioned } from "@/lib/server/releases/update-release-versioned";

/** Edits a release's engine version and notes; a save based on an old version is refused. */
export async function editRelease({
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
  input: TEditRelease;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "release.edit",
      summary: `Release ${label} edited`,
      run: async (tx) => {
        const release = await findReleaseOrThrow({ db: tx, lane, label, expectedVersion: input.version });
        const updated = await updateReleaseVersioned({
          tx,
          release,
          expectedVersion: input.version,
          data: { engineVersion: input.engineVersion, notes: input.notes ?? null },
        });
        return { result: updated, entityType: "Release", entityId: release.id, before: release, after: updated };
      },
    },
  );
}
