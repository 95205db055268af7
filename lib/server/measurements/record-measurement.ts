import "server-only";
import { checkKpiValue } from "@/lib/domain/kpi/unit-catalogue";
import { doesMeasurementHaltRollout } from "@/lib/domain/readiness/does-measurement-halt-rollout";
import type { TRecordMeasurement } from "@/lib/schemas/measurement";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/db-types";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { findLaneReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { updateReleaseVersioned } from "@/lib/server/releases/update-release-versioned";
import { findTargetVersion } from "@/lib/domain/readiness/find-target-version";
import { toKpiTarget } from "@/lib/server/targets/to-kpi-target";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toMeasurement } from "@/lib/server/measurements/to-measurement";

const evidenceInclude = {
  measurements: true,
  lane: {
    select: {
      id: true,
      name: true,
      targetVersions: {
        where: { status: "APPROVED", effectiveFrom: { not: null } },
        select: { version: true, effectiveFrom: true, targets: { orderBy: { position: "asc" } } },
      },
    },
  },
} satisfies Prisma.ReleaseInclude;

function toTargetVersions(release: Prisma.ReleaseGetPayload<{ include: typeof evidenceInclude }>) {
  return release.lane.targetVersions.flatMap((v) =>
    v.effectiveFrom
      ? [{ version: v.version, effectiveFrom: v.effectiveFrom, targets: v.targets.map(toKpiTarget) }]
      : [],
  );
}

async function laterTargetKeys(tx: Tx, laneId: string): Promise<string[]> {
  const rows = await tx.kpiTarget.findMany({
    where: { targetVersion: { laneId, status: "APPROVED" } },
    select: { kpiKey: true },
    distinct: ["kpiKey"],
    orderBy: { kpiKey: "asc" },
  });
  return rows.map((r) => r.kpiKey);
}

/**
 * Records one KPI value of a deployed release. The KPI must be a target of the version the
 * release is judged against (the one in force at its deployment), or the value could never count.
 * When the value halts the rollout (doesMeasurementHaltRollout), the observation window closes in
 * the same transaction. Invalidating the measurement later does not reopen it: a halted rollout is
 * restarted by deploying a new release, not by editing evidence.
 */
export async function recordMeasurement({
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
  input: TRecordMeasurement;
  now?: Date;
}) {
  // One statement: the release, its measurements, its lane and the lane's approved target versions
  // (read as the transaction's first statement would be: nothing in it is locked either way).
  const release = await findLaneReleaseOrThrow({ db, slug, label, include: evidenceInclude });
  const lane = release.lane;
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "measurement.record",
      summary: `${input.kpiKey} = ${input.value} (${input.source.toLowerCase()}) recorded for release ${label}`,
      run: async (tx) => {
        if (!release.deployedAt) {
          throw new AppError(
            "RELEASE_NOT_DEPLOYED",
            `Release ${label} is only planned: measurements are recorded once it is deployed.`,
            {
              fix: "Deploy the release first; the targets it is judged against are fixed at deployment.",
            },
          );
        }
        const takenAt = new Date(input.takenAt);
        if (takenAt.getTime() > now.getTime()) {
          throw new AppError("TAKEN_IN_FUTURE", "A measurement cannot be taken in the future.", {
            params: [{ pointer: "/takenAt", message: "This time is in the future" }],
          });
        }
        const inForce = findTargetVersion({ targetVersions: toTargetVersions(release), at: release.deployedAt });
        // A release deployed before any targets existed (TARGETS_DEFINED_LATE) is judged against
        // none; its values are still kept as evidence when they name a KPI the lane has defined since.
        const keys = inForce ? inForce.targets.map((t) => t.kpiKey) : await laterTargetKeys(tx, lane.id);
        if (!keys.includes(input.kpiKey)) {
          const what = inForce
            ? `a KPI target of version ${inForce.version}, in force when the release was deployed`
            : "a KPI target of this lane";
          throw new AppError("UNKNOWN_KPI", `Release ${label} is not judged on a KPI "${input.kpiKey}".`, {
            fix: keys.length
              ? `Use ${what}: ${keys.join(", ")}.`
              : "This lane has no KPI targets yet: define them first.",
            params: [
              {
                pointer: "/kpiKey",
                message: keys.length ? `Not ${what}; use ${keys.join(" or ")}` : "The lane has no KPI targets",
              },
            ],
          });
        }
        const unit =
          inForce?.targets.find((t) => t.kpiKey === input.kpiKey)?.unit ??
          (
            await tx.kpiTarget.findFirst({
              where: { kpiKey: input.kpiKey, targetVersion: { laneId: lane.id } },
              orderBy: { targetVersion: { version: "desc" } },
              select: { unit: true },
            })
          )?.unit;
        const outOfDomain = unit === undefined ? null : checkKpiValue(unit, input.value);
        if (outOfDomain) {
          throw new AppError("KPI_VALUE_OUT_OF_DOMAIN", `${input.value} is not a valid ${input.kpiKey} in ${unit}.`, {
            fix: "Send the value as measured, in the KPI's unit.",
            params: [{ pointer: "/value", message: outOfDomain }],
          });
        }
        const measurement = await tx.measurement.create({
          data: {
            releaseId: release.id,
            kpiKey: input.kpiKey,
            value: input.value,
            source: input.source,
            takenAt,
            note: input.note ?? null,
            createdAt: now,
          },
        });

        const all = [...release.measurements, measurement].sort(
          (a, b) => a.takenAt.getTime() - b.takenAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime(),
        );
        const haltedRollout = doesMeasurementHaltRollout({
          release,
          targets: inForce?.targets ?? null,
          measurements: all.map(toMeasurement),
          measurementId: measurement.id,
          now,
        });
        if (haltedRollout) await updateReleaseVersioned({ tx, release, data: { observationEndsAt: now } });
        return {
          result: { ...measurement, haltedRollout },
          entityType: "Measurement",
          entityId: measurement.id,
          after: { ...measurement, releaseLabel: label, haltedRollout },
        };
      },
    },
  );
}
