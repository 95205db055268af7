import "server-only";
import type { Release } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { assertVersion } from "@/lib/server/mutations/stale-error";

/**
 * A lane's release by version label, or RELEASE_NOT_FOUND pointing at where the label came from:
 * the URL (`/params/label`, the default), a body field (`/releaseLabel`) or a query parameter.
 * With `expectedVersion` (the version the client saw), a release changed since is refused before
 * any workflow check, so the loser of a race always learns it lost to a newer version (409
 * STALE_VERSION).
 */
export async function findReleaseOrThrow({
  db,
  lane,
  label,
  pointer = "/params/label",
  expectedVersion,
}: {
  db: Db | Tx;
  lane: { id: string; name: string };
  label: string;
  pointer?: string;
  expectedVersion?: number;
}): Promise<Release> {
  const release = await db.release.findUnique({
    where: { laneId_versionLabel: { laneId: lane.id, versionLabel: label } },
  });
  if (!release) {
    throw new AppError("RELEASE_NOT_FOUND", `Lane ${lane.name} has no release ${label}.`, {
      params: [{ pointer, message: "No release with this label in this lane" }],
    });
  }
  assertVersion({ entity: "release", expectedVersion, row: release });
  return release;
}
