import { judgeWithConfidence } from "./judge-with-confidence";
import { resolveStopThreshold } from "./resolve-stop-threshold";
import { resolveTargetThreshold } from "./resolve-target-threshold";
import { selectCountingMeasurement } from "./select-counting-measurement";
import type { KpiResult, KpiTarget, Measurement } from "./types";

/** Each target against its counting measurement. A KPI without one is not met and breaches nothing. */
export function evaluateKpis({
  targets,
  measurements,
}: {
  targets: readonly KpiTarget[];
  measurements: readonly Measurement[];
}): KpiResult[] {
  return targets.map((target) => {
    const counting = selectCountingMeasurement({ measurements, kpiKey: target.kpiKey });
    const value = counting?.value ?? null;
    const interval = counting?.interval ?? null;
    const judged =
      value === null
        ? { met: false, notSignificant: false, stopBreached: false }
        : judgeWithConfidence({ target, value, interval });
    return {
      kpiKey: target.kpiKey,
      label: target.label,
      unit: target.unit,
      direction: target.direction,
      baseline: target.baseline,
      threshold: resolveTargetThreshold(target),
      stopThreshold: resolveStopThreshold(target),
      measurementId: counting?.id ?? null,
      value,
      source: counting?.source ?? null,
      interval,
      requiredConfidence: target.requiredConfidence ?? null,
      ...judged,
    };
  });
}
