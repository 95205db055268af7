import { formatQuantity } from "../../../format/format-quantity";
import { buildReason } from "../../build-reason";
import type { ReleaseRule } from "../rule-types";

export const kpiNotMetRule: ReleaseRule = {
  code: "KPI_NOT_MET",
  evaluate: ({ release, kpis }) =>
    kpis.flatMap((kpi) => {
      // A KPI without a counting measurement is KPI_MISSING, not a miss.
      if (kpi.met || kpi.value === null) return [];
      const atLeast = kpi.direction === "LOWER_IS_BETTER" ? "≤" : "≥";
      const unit = kpi.unit;
      const target = `${atLeast} ${formatQuantity({ value: kpi.threshold, unit })}`;
      return [
        buildReason({
          code: "KPI_NOT_MET",
          releaseId: release.id,
          kpiKey: kpi.kpiKey,
          message:
            `Release ${release.versionLabel}: ${kpi.label} was ${formatQuantity({ value: kpi.value, unit })} ` +
            `against a target of ${target} (baseline ${formatQuantity({ value: kpi.baseline, unit })}).`,
          fix:
            `Ship a release whose ${kpi.label} is ${target}; if this measurement was faulty, ` +
            `invalidate it with a reason and record a new one.`,
        }),
      ];
    }),
};
