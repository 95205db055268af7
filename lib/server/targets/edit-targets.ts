import "server-only";
import type { TEditTargets } from "@/lib/schemas/targets";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { assertVersion, writeVersioned } from "@/lib/server/mutations/stale-error";
import { isVersionFrozen } from "@/lib/server/targets/is-version-frozen";
import { toKpiRow } from "@/lib/server/targets/write-target-version";

/**
 * Edits a target version in place: version 1 before any deployment was judged against it, or a
 * proposal still waiting for approval. A frozen or approved later version never changes.
 */
export async function editTargets({
  db,
  actor,
  slug,
  version,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  version: number;
  input: TEditTargets;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "targets.define",
      laneId: lane.id,
      action: "targets.edit",
      summary: `KPI targets version ${version} of ${lane.name} edited`,
      run: async (tx) => {
        const row = await tx.targetVersion.findUnique({
          where: { laneId_version: { laneId: lane.id, version } },
          include: { targets: { orderBy: { position: "asc" } } },
        });
        if (!row) throw notFound(`Target version ${version} of ${lane.name}`);
        const revisionOf = (r: { revision: number }) => r.revision;
        const entity = `target version ${version}`;
        const revision = assertVersion({ entity, expectedVersion: input.revision, row, versionOf: revisionOf });
        const frozenAt = await isVersionFrozen({ tx, laneId: lane.id, version: row });
        if (frozenAt || row.status === "REJECTED" || (row.status === "APPROVED" && row.version > 1)) {
          const why = frozenAt
            ? `was frozen on ${formatInstant(frozenAt)} by the first deployment judged against it`
            : row.status === "REJECTED"
              ? "was rejected"
              : "was approved by a platform lead";
          throw new AppError(
            "TARGETS_FROZEN",
            `Target version ${version} of ${lane.name} ${why}; releases are judged against it as it was.`,
            {
              fix: "Propose a new target version with a reason; it comes into force once a platform lead approves it.",
            },
          );
        }
        // Claim the revision first: a concurrent edit waits on this row and then matches nothing.
        await writeVersioned({
          entity,
          expectedVersion: revision,
          versionOf: revisionOf,
          write: () =>
            tx.targetVersion.updateMany({
              where: { id: row.id, revision },
              data: { reason: input.reason ?? row.reason, revision: { increment: 1 } },
            }),
          read: () =>
            tx.targetVersion.findUniqueOrThrow({
              where: { id: row.id },
              include: { targets: { orderBy: { position: "asc" } } },
            }),
        });
        await tx.kpiTarget.deleteMany({ where: { targetVersionId: row.id } });
        const updated = await tx.targetVersion.update({
          where: { id: row.id },
          data: { targets: { create: input.targets.map((t, i) => toKpiRow(t, i)) } },
          include: { targets: { orderBy: { position: "asc" } } },
        });
        return { result: updated, entityType: "TargetVersion", entityId: row.id, before: row, after: updated };
      },
    },
  );
}
