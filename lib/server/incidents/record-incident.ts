import "server-only";
import type { TRecordIncident } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";

/** Records an incident linked to a release; a P1/P2 makes the release unstable (PRIORITY_INCIDENT). */
export async function recordIncident({
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
  input: TRecordIncident;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "incident.record",
      summary: `${input.severity} incident ${input.ref} linked to release ${label}`,
      run: async (tx) => {
        const release = await findReleaseOrThrow({ db: tx, lane, label });
        const taken = await tx.incident.findUnique({
          where: { laneId_ref: { laneId: lane.id, ref: input.ref } },
          select: { id: true },
        });
        if (taken) {
          throw new AppError("INCIDENT_REF_TAKEN", `Lane ${lane.name} already has an incident ${input.ref}.`, {
            fix: "Use the incident's own reference; to change an existing incident, resolve it instead.",
            params: [{ pointer: "/ref", message: "This reference is already recorded in this lane" }],
          });
        }
        const openedAt = new Date(input.openedAt);
        if (openedAt.getTime() > now.getTime()) {
          throw new AppError("OPENED_IN_FUTURE", "An incident cannot be opened in the future.", {
            params: [{ pointer: "/openedAt", message: "This time is in the future" }],
          });
        }
        const incident = await tx.incident.create({
          data: {
            laneId: lane.id,
            releaseId: release.id,
            ref: input.ref,
            severity: input.severity,
            title: input.title,
            openedAt,
            resolvedAt: input.resolvedAt ? new Date(input.resolvedAt) : null,
            createdAt: now,
          },
        });
        return {
          result: incident,
          entityType: "Incident",
          entityId: incident.id,
          after: { ...incident, releaseLabel: label },
        };
      },
    },
  );
}
