import "server-only";
import type { Release } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";

/**
 * A lane's release by version label, or RELEASE_NOT_FOUND pointing at where the label came from:
 * the URL (`/params/label`, the default), a body field (`/releaseLabel`) or a query parameter.
 */
export async function findReleaseOrThrow({
  db,
  lane,
  label,
  pointer = "/params/label",
}: {
  db: Db | Tx;
  lane: { id: string; name: string };
  label: string;
  pointer?: string;
}): Promise<Release> {
  const release = await db.release.findUnique({
    where: { laneId_versionLabel: { laneId: lane.id, versionLabel: label } },
  });
  if (!release) {
    throw new AppError("RELEASE_NOT_FOUND", `Lane ${lane.name} has no release ${label}.`, {
      params: [{ pointer, message: "No release with this label in this lane" }],
    });
  }
  return release;
}
