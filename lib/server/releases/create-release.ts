import "server-only";
import type { TCreateRelease } from "@/lib/schemas/release";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/** Plans a release of a lane; it is judged only once deployed. */
export async function createRelease({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TCreateRelease;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "release.create",
      summary: `Release ${input.versionLabel} planned`,
      run: async (tx) => {
        const exists = await tx.release.findUnique({
          where: { laneId_versionLabel: { laneId: lane.id, versionLabel: input.versionLabel } },
          select: { id: true },
        });
        if (exists) {
          throw new AppError("RELEASE_EXISTS", `Lane ${lane.name} already has a release ${input.versionLabel}.`, {
            fix: "Pick another version label, or record against the existing release.",
            params: [{ pointer: "/versionLabel", message: "This version label is taken in this lane" }],
          });
        }
        const release = await tx.release.create({
          data: {
            laneId: lane.id,
            versionLabel: input.versionLabel,
            engineVersion: input.engineVersion,
            notes: input.notes ?? null,
            createdAt: now,
          },
        });
        return { result: release, entityType: "Release", entityId: release.id, after: release };
      },
    },
  );
}
