import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import type { Measurement } from "../../types";
import type { ReleaseRule } from "../rule-types";

function describeIgnored(measurements: readonly Measurement[]): string {
  const synthetic = measurements.filter((m) => m.source === "SYNTHETIC").length;
  const invalidated = measurements.filter((m) => m.source !== "SYNTHETIC" && m.invalidatedAt !== null).length;
  const parts = [
    synthetic > 0 ? `${synthetic} synthetic` : null,
    invalidated > 0 ? `${invalidated} invalidated` : null,
  ].filter((part) => part !== null);
  return parts.length === 0
    ? ""
    : ` (${parts.join(" and ")} ${synthetic + invalidated === 1 ? "does" : "do"} not count)`;
}

/**
 * A KPI with no counting measurement fails rather than passes. A release judged against no
 * targets at all fails too: otherwise a lane could become READY without proving any KPI.
 */
export const kpiMissingRule: ReleaseRule = {
  code: "KPI_MISSING",
  evaluate: ({ release, deployedAt, targetVersion, kpis }) => {
    const label = release.versionLabel;
    if (targetVersion === null || targetVersion.targets.length === 0) {
      const deployed = formatInstant(deployedAt);
      const message =
        targetVersion === null
          ? `Release ${label}: no KPI targets were in force when it was deployed on ${deployed}, so nothing proves it stable.`
          : `Release ${label}: target version ${targetVersion.version}, in force when it was deployed on ${deployed}, defines no KPI targets, so nothing proves it stable.`;
      return [
        buildReason({
          code: "KPI_MISSING",
          releaseId: release.id,
          message,
          fix: "Define KPI targets with stop conditions; releases deployed after they take effect are judged against them.",
        }),
      ];
    }
    return kpis.flatMap((kpi) => {
      if (kpi.value !== null) return [];
      const ofKpi = release.measurements.filter((m) => m.kpiKey === kpi.kpiKey);
      return [
        buildReason({
          code: "KPI_MISSING",
          releaseId: release.id,
          kpiKey: kpi.kpiKey,
          message: `Release ${label}: no production or shadow measurement of ${kpi.label}${describeIgnored(ofKpi)}.`,
          fix: `Record a production or shadow measurement of ${kpi.label} for release ${label}.`,
        }),
      ];
    });
  },
};
