import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
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
  if (!release) throw releaseNotFound(lane.name, label, pointer);
  assertVersion({ entity: "release", expectedVersion, row: release });
  return release as Prisma.ReleaseGetPayload<{ include: I }>;
}

const releaseNotFound = (laneName: string, label: string, pointer: string) =>
  new AppError("RELEASE_NOT_FOUND", `Lane ${laneName} has no release ${label}.`, {
    params: [{ pointer, message: "No release with this label in this lane" }],
  });

type WithLane = Prisma.ReleaseInclude & { lane: { select: { id: true; name: true } } };

/**
 * The same by the lane's slug, in one statement with the lane (its id and name at least, through
 * `include.lane`): for a write whose only look-up is its release (a pipeline's measurement). Which of
 * the two is missing is asked only when the answer is empty: NOT_FOUND for the lane, else RELEASE_NOT_FOUND.
 */
export async function findLaneReleaseOrThrow<I extends WithLane>({
  db,
  slug,
  label,
  include,
}: {
  db: Db | Tx;
  slug: string;
  label: string;
  include: I;
}): Promise<Prisma.ReleaseGetPayload<{ include: I }>> {
  const release = await db.release.findFirst({ where: { versionLabel: label, lane: { slug } }, include });
  if (release) return release as Prisma.ReleaseGetPayload<{ include: I }>;
  const lane = await db.lane.findUnique({ where: { slug }, select: { name: true } });
  if (!lane) throw notFound(`Lane "${slug}"`);
  throw releaseNotFound(lane.name, label, "/params/label");
}
