import "server-only";
import type { Prisma, Release } from "@/lib/generated/prisma/client";
import { staleError } from "@/lib/server/mutations/stale-error";
import type { Tx } from "@/lib/server/db-types";

/**
 * Updates a release only if it is still at the version the caller saw (`expectedVersion`, or the
 * version read in this transaction when the caller sent none). A concurrent change in between
 * makes the conditional update match no row: the save is refused with the current record.
 */
export async function updateReleaseVersioned({
  tx,
  release,
  expectedVersion,
  data,
}: {
  tx: Tx;
  release: Release;
  expectedVersion?: number;
  data: Prisma.ReleaseUpdateManyMutationInput;
}): Promise<Release> {
  const version = expectedVersion ?? release.version;
  const { count } = await tx.release.updateMany({
    where: { id: release.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  const current = await tx.release.findUniqueOrThrow({ where: { id: release.id } });
  if (count === 0) throw staleError({ entity: "release", expectedVersion: version, current });
  return current;
}
