import "server-only";
import type { TDefineTargets } from "@/lib/schemas/targets";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { isVersionFrozen } from "@/lib/server/targets/is-version-frozen";
import { writeTargetVersion } from "@/lib/server/targets/write-target-version";

/**
 * Defines a lane's KPI targets. Without any version, this is version 1, in force at once. Once
 * a version is frozen by a deployment, a change is a new version that needs a reason and waits for
 * a platform lead's approval; only then does it come into force (effectiveFrom = approval).
 */
export async function defineTargets({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TDefineTargets;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "targets.define",
      laneId: lane.id,
      action: "targets.define",
      summary: `KPI targets of ${lane.name} defined or proposed`,
      run: async (tx) => {
        const versions = await tx.targetVersion.findMany({ where: { laneId: lane.id }, orderBy: { version: "desc" } });
        const latest = versions[0];
        if (!latest) {
          const v1 = await writeTargetVersion({
            tx,
            laneId: lane.id,
            version: 1,
            targets: input.targets,
            status: "APPROVED",
            reason: input.reason || null,
            actor,
            now,
            effectiveFrom: now,
          });
          return { result: v1, entityType: "TargetVersion", entityId: v1.id, after: v1 };
        }
        const pending = versions.find((v) => v.status === "PENDING_APPROVAL");
        if (pending) {
          throw new AppError(
            "TARGETS_PENDING",
            `Target version ${pending.version} of ${lane.name} is still waiting for a platform lead's approval.`,
            {
              fix: `Have a platform lead approve or reject version ${pending.version} first, or edit that proposal.`,
            },
          );
        }
        const approved = versions.find((v) => v.status === "APPROVED");
        if (
          approved &&
          approved.version === 1 &&
          !(await isVersionFrozen({ tx, laneId: lane.id, version: approved }))
        ) {
          throw new AppError(
            "TARGETS_NOT_FROZEN",
            `Version 1 of ${lane.name}'s targets is not frozen yet: no release has been deployed against it.`,
            {
              fix: "Edit version 1 directly; a new version with approval is only needed after the first deployment.",
            },
          );
        }
        if (!input.reason || input.reason.length < 5) {
          throw new AppError("REASON_REQUIRED", "Changing frozen KPI targets needs a reason.", {
            fix: "Say why the targets must change; a platform lead reads it before approving.",
            params: [{ pointer: "/reason", message: "Say why the targets change, in at least 5 characters" }],
          });
        }
        const proposal = await writeTargetVersion({
          tx,
          laneId: lane.id,
          version: latest.version + 1,
          targets: input.targets,
          status: "PENDING_APPROVAL",
          reason: input.reason,
          actor,
          now,
          effectiveFrom: null,
        });
        return { result: proposal, entityType: "TargetVersion", entityId: proposal.id, after: proposal };
      },
    },
  );
}
