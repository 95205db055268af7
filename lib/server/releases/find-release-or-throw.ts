import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { assertVersion } from "@/lib/server/mutations/stale-error";

/**
 * A lane's release by version label, or RELEASE_NOT_FOUND pointing at where the label came from:
 * the URL (`/params/label`, the default), a body field (`/releaseLabel`) or a query parameter.
 * With `expectedVersion` (the version the client saw), a release changed since is refused before
 * any workflow check, so the loser of a race always learns it lost to a newer version (409
 * STALE_VERSION). `include` loads related rows in the same statement (a write's evidence).
 */
export async function findReleaseOrThrow<I extends Prisma.ReleaseInclude = Record<never, never>>({
  db,
  lane,
  label,
  pointer = "/params/label",
  expectedVersion,
  include,
}: {
  db: Db | Tx;
  lane: { id: string; name: string };
  label: string;
  pointer?: string;
  expectedVersion?: number;
  include?: I;
}): Promise<Prisma.ReleaseGetPayload<{ include: I }>> {
  const release = await db.release.findUnique({
    where: { laneId_versionLabel: { laneId: lane.id, versionLabel: label } },
    include: include ?? ({} as I),
  });
  if (!release) {
    throw new AppError("RELEASE_NOT_FOUND", `Lane ${lane.name} has no release ${label}.`, {
      params: [{ pointer, message: "No release with this label in this lane" }],
    });
  }
  assertVersion({ entity: "release", expectedVersion, row: release });
  return release as Prisma.ReleaseGetPayload<{ include: I }>;
}
