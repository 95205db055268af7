import "server-only";
import type { TDefineTargets } from "@/lib/schemas/targets";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
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
  input: TDefineTargets;
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
        await tx.kpiTarget.deleteMany({ where: { targetVersionId: row.id } });
        const updated = await tx.targetVersion.update({
          where: { id: row.id },
          data: {
            reason: input.reason ?? row.reason,
            targets: { create: input.targets.map((t, i) => toKpiRow(t, i)) },
          },
          include: { targets: { orderBy: { position: "asc" } } },
        });
        return { result: updated, entityType: "TargetVersion", entityId: row.id, before: row, after: updated };
      },
    },
  );
}
