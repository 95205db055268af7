import "server-only";
import { evaluateKpis } from "@/lib/domain/readiness/evaluate-kpis";
import type { TRecordMeasurement } from "@/lib/schemas/measurement";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation, type Tx } from "@/lib/server/mutations/run-mutation";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { updateReleaseVersioned } from "@/lib/server/releases/update-release-versioned";
import { findTargetsInForce } from "@/lib/server/targets/find-targets-in-force";
import { toMeasurementInterval } from "@/lib/server/ingest/to-measurement-interval";

/**
 * Records one KPI value of a deployed release. The KPI must be a target of the version the
 * release is judged against (the one in force at its deployment), or the value could never count.
 *
 * Stop conditions halt the rollout. DESIGN says STOP comes from the latest CLOSED release, and an
 * open release is IN_PROGRESS (neither counts nor breaks). So when this value becomes the counting
 * measurement of a KPI and crosses its stop condition while the release's observation window is
 * still open, the window is closed now, in this same transaction: the rollout is halted, the
 * release is judged at once (STOP_CONDITION) and the lane shows STOP immediately instead of at the
 * end of the window. Invalidating the measurement later does not reopen the window: a halted
 * rollout is restarted by deploying a new release, not by editing evidence.
 */
async function laterTargetKeys(tx: Tx, laneId: string): Promise<string[]> {
  const rows = await tx.kpiTarget.findMany({
    where: { targetVersion: { laneId, status: "APPROVED" } },
    select: { kpiKey: true },
    distinct: ["kpiKey"],
    orderBy: { kpiKey: "asc" },
  });
  return rows.map((r) => r.kpiKey);
}

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
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "release.write",
      laneId: lane.id,
      action: "measurement.record",
      summary: `${input.kpiKey} = ${input.value} (${input.source.toLowerCase()}) recorded for release ${label}`,
      run: async (tx) => {
        const release = await findReleaseOrThrow({ tx, laneId: lane.id, label });
        if (!release.deployedAt) {
          throw new AppError(
            "RELEASE_NOT_DEPLOYED",
            409,
            `Release ${label} is only planned: measurements are recorded once it is deployed.`,
            {
              fix: "Deploy the release first; the targets it is judged against are fixed at deployment.",
            },
          );
        }
        const takenAt = new Date(input.takenAt);
        if (takenAt.getTime() > now.getTime()) {
          throw new AppError("TAKEN_IN_FUTURE", 400, "A measurement cannot be taken in the future.", {
            fix: "Give the time the value was measured.",
            params: [{ pointer: "/takenAt", message: "This time is in the future" }],
          });
        }
        const inForce = await findTargetsInForce(tx, lane.id, release.deployedAt);
        // A release deployed before any targets existed (TARGETS_DEFINED_LATE) is judged against
        // none; its values are still kept as evidence when they name a KPI the lane has defined since.
        const keys = inForce ? inForce.targets.map((t) => t.kpiKey) : await laterTargetKeys(tx, lane.id);
        if (!keys.includes(input.kpiKey)) {
          const what = inForce
            ? `a KPI target of version ${inForce.version}, in force when the release was deployed`
            : "a KPI target of this lane";
          throw new AppError("UNKNOWN_KPI", 400, `Release ${label} is not judged on a KPI "${input.kpiKey}".`, {
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

        const windowOpen =
          !release.rolledBackAt &&
          (release.observationEndsAt === null || release.observationEndsAt.getTime() > now.getTime());
        let haltedRollout = false;
        if (windowOpen && inForce) {
          const all = await tx.measurement.findMany({
            where: { releaseId: release.id },
            orderBy: [{ takenAt: "asc" }, { createdAt: "asc" }],
          });
          const kpis = evaluateKpis({
            targets: inForce.targets,
            measurements: all.map((m) => ({
              id: m.id,
              kpiKey: m.kpiKey,
              value: m.value.toNumber(),
              source: m.source,
              takenAt: m.takenAt,
              invalidatedAt: m.invalidatedAt,
              interval: toMeasurementInterval(m),
            })),
          });
          haltedRollout = kpis.some((k) => k.stopBreached && k.measurementId === measurement.id);
          if (haltedRollout) await updateReleaseVersioned({ tx, release, data: { observationEndsAt: now } });
        }
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
