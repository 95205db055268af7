import { describe, expect, it } from "vitest";
import { selectCountingMeasurement } from "./select-counting-measurement";
import { buildMeasurement, daysAgo } from "./test-factories";
import type { Measurement } from "./types";

const older = daysAgo(10);
const newer = daysAgo(5);

describe("selectCountingMeasurement", () => {
  it.each<[string, Measurement[], string | null]>([
    ["no measurement: none counts", [], null],
    ["a production measurement counts", [buildMeasurement({ id: "prod" })], "prod"],
    ["a shadow measurement counts", [buildMeasurement({ id: "shadow", source: "SHADOW" })], "shadow"],
    ["a synthetic measurement never counts", [buildMeasurement({ id: "syn", source: "SYNTHETIC" })], null],
    [
      "a newer synthetic measurement does not supersede a real one",
      [
        buildMeasurement({ id: "prod", takenAt: older }),
        buildMeasurement({ id: "syn", source: "SYNTHETIC", takenAt: newer }),
      ],
      "prod",
    ],
    ["an invalidated measurement never counts", [buildMeasurement({ id: "bad", invalidatedAt: newer })], null],
    [
      "an invalidated newer measurement leaves the older one counting",
      [
        buildMeasurement({ id: "old", takenAt: older }),
        buildMeasurement({ id: "new", takenAt: newer, invalidatedAt: newer }),
      ],
      "old",
    ],
    [
      "the latest takenAt wins, whatever the array order",
      [buildMeasurement({ id: "new", takenAt: newer }), buildMeasurement({ id: "old", takenAt: older })],
      "new",
    ],
    [
      "equal takenAt: the later one in the array wins",
      [buildMeasurement({ id: "first", takenAt: newer }), buildMeasurement({ id: "second", takenAt: newer })],
      "second",
    ],
    ["another KPI's measurement is ignored", [buildMeasurement({ id: "other", kpiKey: "result_mismatches" })], null],
  ])("%s", (_name, measurements, expectedId) => {
    expect(selectCountingMeasurement({ measurements, kpiKey: "p95_latency" })?.id ?? null).toBe(expectedId);
  });
});
