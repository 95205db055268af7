import "server-only";
import type { Release } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/db-types";

/** A lane's release by version label, read inside the writing transaction. */
export async function findReleaseOrThrow({
  tx,
  laneId,
  label,
}: {
  tx: Tx;
  laneId: string;
  label: string;
}): Promise<Release> {
  const release = await tx.release.findUnique({ where: { laneId_versionLabel: { laneId, versionLabel: label } } });
  if (!release) throw notFound(`Release "${label}"`);
  return release;
}
