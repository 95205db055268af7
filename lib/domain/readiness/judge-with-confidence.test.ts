import { describe, expect, it } from "vitest";
import { judgeWithConfidence } from "./judge-with-confidence";
import type { KpiTarget, MeasurementInterval } from "./types";

// p95 latency, baseline 1,500 ms, 20% lower wanted (≤ 1,200 ms), stop at 10% worse (> 1,650 ms).
const latency = (requiredConfidence: number | null): KpiTarget => ({
  kpiKey: "p95_latency_ms",
  label: "p95 latency",
  unit: "ms",
  direction: "LOWER_IS_BETTER",
  baseline: 1500,
  targetKind: "RELATIVE",
  targetValue: 0.2,
  stop: { kind: "RELATIVE", value: 0.1 },
  requiredConfidence,
});
const ci = (low: number, high: number, confidence = 0.95): MeasurementInterval => ({ low, high, confidence });

describe("judgeWithConfidence", () => {
  it.each<
    [
      string,
      number | null,
      number,
      MeasurementInterval | null,
      { met: boolean; notSignificant: boolean; stopBreached: boolean },
    ]
  >([
    [
      "no confidence required: the point value meets",
      null,
      1150,
      ci(1000, 1400),
      { met: true, notSignificant: false, stopBreached: false },
    ],
    [
      "no confidence required: the point value breaches",
      null,
      1700,
      null,
      { met: false, notSignificant: false, stopBreached: true },
    ],
    [
      "95% required, whole interval under the target: met",
      0.95,
      1100,
      ci(1050, 1180),
      { met: true, notSignificant: false, stopBreached: false },
    ],
    [
      "95% required, the interval reaches past the target: not significant",
      0.95,
      1150,
      ci(1000, 1400),
      { met: false, notSignificant: true, stopBreached: false },
    ],
    [
      "95% required, interval exactly at the target: met",
      0.95,
      1100,
      ci(1000, 1200),
      { met: true, notSignificant: false, stopBreached: false },
    ],
    [
      "95% required, no interval: cannot be met, cannot be breached",
      0.95,
      1100,
      null,
      { met: false, notSignificant: true, stopBreached: false },
    ],
    [
      "95% required, a 90% interval is not enough",
      0.95,
      1100,
      ci(1050, 1150, 0.9),
      { met: false, notSignificant: true, stopBreached: false },
    ],
    [
      "95% required, a 99% interval is enough",
      0.95,
      1100,
      ci(1050, 1150, 0.99),
      { met: true, notSignificant: false, stopBreached: false },
    ],
    [
      "noise does not halt: point past the stop, interval reaches back under it",
      0.95,
      1700,
      ci(1400, 1900),
      { met: false, notSignificant: false, stopBreached: false },
    ],
    [
      "a significant breach halts: the whole interval past the stop",
      0.95,
      1800,
      ci(1700, 1900),
      { met: false, notSignificant: false, stopBreached: true },
    ],
    [
      "a miss that is a miss either way is not 'not significant'",
      0.95,
      1400,
      ci(1300, 1500),
      { met: false, notSignificant: false, stopBreached: false },
    ],
  ])("%s", (_name, required, value, interval, expected) => {
    expect(judgeWithConfidence({ target: latency(required), value, interval })).toEqual(expected);
  });

  it("uses the low end for higher-is-better KPIs", () => {
    const throughput: KpiTarget = {
      ...latency(0.95),
      direction: "HIGHER_IS_BETTER",
      baseline: 100,
      targetValue: 0.1,
      stop: null,
    };
    expect(judgeWithConfidence({ target: throughput, value: 120, interval: ci(111, 130) }).met).toBe(true);
    expect(judgeWithConfidence({ target: throughput, value: 120, interval: ci(105, 130) })).toMatchObject({
      met: false,
      notSignificant: true,
    });
  });
});
