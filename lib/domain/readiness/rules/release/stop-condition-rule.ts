import { formatQuantity } from "../../../format/format-quantity";
import { buildReason } from "../../build-reason";
import type { ReleaseRule } from "../rule-types";

export const stopConditionRule: ReleaseRule = {
  code: "STOP_CONDITION",
  evaluate: ({ release, kpis }) =>
    kpis.flatMap((kpi) => {
      if (!kpi.stopBreached || kpi.value === null || kpi.stopThreshold === null) return [];
      const past = kpi.direction === "LOWER_IS_BETTER" ? ">" : "<";
      const unit = kpi.unit;
      return [
        buildReason({
          code: "STOP_CONDITION",
          releaseId: release.id,
          kpiKey: kpi.kpiKey,
          message:
            `Release ${release.versionLabel}: ${kpi.label} was ${formatQuantity({ value: kpi.value, unit })}, ` +
            `breaching the stop condition of ${past} ${formatQuantity({ value: kpi.stopThreshold, unit })} ` +
            `(baseline ${formatQuantity({ value: kpi.baseline, unit })}).`,
          fix: `Roll back release ${release.versionLabel} if it is still deployed, and fix the cause of the ${kpi.label} breach before anything else.`,
        }),
      ];
    }),
};
