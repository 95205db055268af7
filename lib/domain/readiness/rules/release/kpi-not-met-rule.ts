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
      if (kpi.requiredConfidence !== null) {
        const level = `${Math.round(kpi.requiredConfidence * 100)}% confidence`;
        const interval = kpi.interval
          ? ` (${Math.round(kpi.interval.confidence * 100)}% interval ${formatQuantity({ value: kpi.interval.low, unit })} – ${formatQuantity({ value: kpi.interval.high, unit })})`
          : " (no confidence interval)";
        return [
          buildReason({
            code: "KPI_NOT_MET",
            releaseId: release.id,
            kpiKey: kpi.kpiKey,
            message:
              `Release ${release.versionLabel}: ${kpi.label} was ${formatQuantity({ value: kpi.value, unit })}${interval} ` +
              `against a target of ${target} with ${level} (baseline ${formatQuantity({ value: kpi.baseline, unit })})` +
              (kpi.notSignificant ? ": the improvement is not significant." : "."),
            fix: kpi.interval
              ? `Measure with more samples (benchmark iterations) so the interval narrows, or ship a release whose whole ${level} interval is ${target}.`
              : `Record ${kpi.label} from a benchmark run pushed to Lanegate (it carries a confidence interval), or ship a release that meets ${target} with ${level}.`,
          }),
        ];
      }
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
