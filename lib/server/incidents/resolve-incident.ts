import "server-only";
import type { TResolveIncident } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { assertVersion, writeVersioned } from "@/lib/server/mutations/stale-error";

/** Records when an open incident was resolved; it cannot be resolved before it was opened. */
export async function resolveIncident({
  db,
  actor,
  slug,
  id,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  id: string;
  input: TResolveIncident;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "incident.resolve",
      summary: "Incident resolved",
      run: async (tx) => {
        const before = await tx.incident.findFirst({ where: { id, laneId: lane.id } });
        if (!before) throw notFound("Incident");
        const version = assertVersion({ entity: "incident", expectedVersion: input.version, row: before });
        if (before.resolvedAt) {
          throw new AppError(
            "INCIDENT_ALREADY_RESOLVED",
            `Incident ${before.ref} was already resolved on ${formatInstant(before.resolvedAt)}.`,
            { fix: "Nothing to do: the resolution is on record." },
          );
        }
        const resolvedAt = new Date(input.resolvedAt);
        if (resolvedAt.getTime() < before.openedAt.getTime()) {
          throw new AppError(
            "RESOLVED_BEFORE_OPENED",
            `Incident ${before.ref} cannot be resolved before it was opened (${formatInstant(before.openedAt)}).`,
            {
              fix: "Give a resolution time at or after the time the incident was opened.",
              params: [{ pointer: "/resolvedAt", message: `Must be at or after ${formatInstant(before.openedAt)}` }],
            },
          );
        }
        const after = await writeVersioned({
          entity: "incident",
          expectedVersion: version,
          write: () =>
            tx.incident.updateMany({ where: { id, version }, data: { resolvedAt, version: { increment: 1 } } }),
          read: () => tx.incident.findUniqueOrThrow({ where: { id } }),
        });
        return { result: after, entityType: "Incident", entityId: id, before, after };
      },
    },
  );
}
