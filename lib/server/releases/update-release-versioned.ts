import "server-only";
import type { Prisma, Release } from "@/lib/generated/prisma/client";
import { writeVersioned } from "@/lib/server/mutations/stale-error";
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
  return writeVersioned({
    entity: "release",
    expectedVersion: version,
    write: () =>
      tx.release.updateMany({ where: { id: release.id, version }, data: { ...data, version: { increment: 1 } } }),
    read: () => tx.release.findUniqueOrThrow({ where: { id: release.id } }),
  });
}
