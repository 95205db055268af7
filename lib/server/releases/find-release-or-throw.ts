import "server-only";
import type { Release } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/errors";
import { assertVersion } from "@/lib/server/mutations/stale-error";
import type { Tx } from "@/lib/server/mutations/run-mutation";

/**
 * A lane's release by version label, read inside the writing transaction. With `expectedVersion`
 * (the version the client saw), a release changed since is refused before any workflow check, so
 * the loser of a race always learns it lost to a newer version (409 STALE_VERSION).
 */
export async function findReleaseOrThrow({
  tx,
  laneId,
  label,
  expectedVersion,
}: {
  tx: Tx;
  laneId: string;
  label: string;
  expectedVersion?: number;
}): Promise<Release> {
  const release = await tx.release.findUnique({ where: { laneId_versionLabel: { laneId, versionLabel: label } } });
  if (!release) throw notFound(`Release "${label}"`);
  assertVersion({ entity: "release", expectedVersion, row: release });
  return release;
}
