import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { assertVersion, staleError } from "@/lib/server/mutations/stale-error";

/**
 * A platform lead approves a proposed target version (it comes into force now: releases deployed
 * from now on are judged against it) or rejects it (the version in force stays).
 */
export async function reviewTargets({
  db,
  actor,
  slug,
  version,
  outcome,
  reason,
  revision,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  version: number;
  outcome: "APPROVED" | "REJECTED";
  reason: string;
  /** The revision the reviewer read; a pipeline or script may leave it out. */
  revision?: number;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  const verb = outcome === "APPROVED" ? "approved" : "rejected";
  return runMutation(
    { db, actor, now },
    {
      permission: "targets.approve",
      laneId: lane.id,
      action: outcome === "APPROVED" ? "targets.approve" : "targets.reject",
      summary: `KPI targets version ${version} of ${lane.name} ${verb}`,
      run: async (tx) => {
        const row = await tx.targetVersion.findUnique({ where: { laneId_version: { laneId: lane.id, version } } });
        if (!row) throw notFound(`Target version ${version} of ${lane.name}`);
        const entity = `target version ${version}`;
        const revisionOf = (r: { revision: number }) => r.revision;
        const expected = assertVersion({ entity, expectedVersion: revision, row, versionOf: revisionOf });
        const userId = actor.type === "USER" ? actor.userId : null;
        const data =
          outcome === "APPROVED"
            ? { status: "APPROVED" as const, approvedAt: now, approvedById: userId, effectiveFrom: now }
            : { status: "REJECTED" as const, reason: `${row.reason ?? ""} — rejected: ${reason}` };
        // Only a pending version at the revision read changes: of two reviews racing, one wins.
        const updated = await tx.targetVersion.updateMany({
          where: { id: row.id, status: "PENDING_APPROVAL", revision: expected },
          data: { ...data, revision: { increment: 1 } },
        });
        if (updated.count === 0) {
          const current = await tx.targetVersion.findUniqueOrThrow({ where: { id: row.id } });
          if (current.revision !== expected)
            throw staleError({ entity, expectedVersion: expected, current, currentVersion: current.revision });
          throw new AppError(
            "TARGETS_NOT_PENDING",
            `Target version ${version} of ${lane.name} is ${row.status.replace("_", " ").toLowerCase()}, not waiting for approval.`,
            {
              fix: "Only a proposed version can be approved or rejected; propose a new version to change the targets.",
            },
          );
        }
        const after = await tx.targetVersion.findUniqueOrThrow({ where: { id: row.id } });
        return {
          result: after,
          entityType: "TargetVersion",
          entityId: row.id,
          before: row,
          after: { ...after, reviewReason: reason },
        };
      },
    },
  );
}
