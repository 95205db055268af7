import "server-only";
import type { TDeployRelease } from "@/lib/schemas/release";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { updateReleaseVersioned } from "@/lib/server/releases/update-release-versioned";
import { freezeTargetsOnFirstDeploy } from "@/lib/server/targets/freeze-targets-on-first-deploy";

const HOUR_MS = 3_600_000;

/**
 * Deploys a planned release: its observation window starts at deployedAt and lasts the given
 * hours. The KPI target version in force at deployedAt is frozen in the same transaction, so the
 * release is judged against exactly the targets that were in force when it went out.
 */
export async function deployRelease({
  db,
  actor,
  slug,
  label,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  label: string;
  input: TDeployRelease;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  const deployedAt = input.deployedAt ? new Date(input.deployedAt) : now;
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "release.deploy",
      summary: `Release ${label} deployed`,
      run: async (tx) => {
        const release = await findReleaseOrThrow({ db: tx, lane, label, expectedVersion: input.version });
        if (release.deployedAt) {
          throw new AppError("RELEASE_ALREADY_DEPLOYED", `Release ${label} was already deployed.`, {
            fix: "Plan a new release for the next deployment; a release is deployed once.",
          });
        }
        if (deployedAt.getTime() > now.getTime()) {
          throw new AppError("DEPLOYED_IN_FUTURE", "A deployment cannot be recorded in the future.", {
            params: [{ pointer: "/deployedAt", message: "This time is in the future" }],
          });
        }
        const updated = await updateReleaseVersioned({
          tx,
          release,
          expectedVersion: input.version,
          data: {
            deployedAt,
            observationEndsAt: new Date(deployedAt.getTime() + input.observationWindowHours * HOUR_MS),
          },
        });
        const frozenVersion = await freezeTargetsOnFirstDeploy(tx, lane.id, deployedAt);
        return {
          result: updated,
          entityType: "Release",
          entityId: release.id,
          before: release,
          after: { ...updated, frozenTargetVersion: frozenVersion },
        };
      },
    },
  );
}
