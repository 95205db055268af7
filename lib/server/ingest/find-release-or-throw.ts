import "server-only";
import { AppError } from "@/lib/server/errors";
import type { Db } from "@/lib/server/db-types";
import type { Tx } from "@/lib/server/db-types";

/** A lane's release by version label; a 404 that points at the releaseLabel field otherwise. */
export async function findReleaseOrThrow(
  tx: Tx | Db,
  lane: { id: string; name: string },
  label: string,
  pointer = "/releaseLabel",
) {
  const release = await tx.release.findUnique({
    where: { laneId_versionLabel: { laneId: lane.id, versionLabel: label } },
    select: { id: true, versionLabel: true },
  });
  if (!release) {
    throw new AppError("RELEASE_NOT_FOUND", `Lane ${lane.name} has no release ${label}.`, {
      fix: "Create the release first (POST /api/v1/lanes/{slug}/releases), or check the label.",
      params: [{ pointer, message: "No release with this label in this lane" }],
    });
  }
  return release;
}
