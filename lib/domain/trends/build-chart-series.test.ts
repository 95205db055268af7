import { describe, expect, it } from "vitest";
import { NOW, buildIncident, buildRegression, buildRelease, daysAgo, minutesAfter } from "../readiness/test-factories";
import { buildIncidentSeries } from "./build-incident-series";
import { buildRecoverySeries } from "./build-recovery-series";
import { buildStreakSeries } from "./build-streak-series";
import { buildVerdictSeries } from "./build-verdict-series";
import type { ReadinessChangeEntry } from "./history-types";

const entry = (o: Partial<ReadinessChangeEntry>): ReadinessChangeEntry => ({
  id: "x",
  laneId: "l1",
  at: daysAgo(1),
  verdict: "HOLD",
  streak: 0,
  reasonCodes: [],
  flagCodes: [],
  cause: "c",
  ...o,
});

describe("buildIncidentSeries", () => {
  it("counts incidents per deployed release by severity, oldest deployment first", () => {
    const rows = buildIncidentSeries({
      releases: [
        buildRelease({
          versionLabel: "new",
          deployedAt: daysAgo(5),
          incidents: [
            buildIncident({ severity: "P1" }),
            buildIncident({ severity: "P3" }),
            buildIncident({ severity: "P3" }),
          ],
        }),
        buildRelease({ versionLabel: "old", deployedAt: daysAgo(30) }),
        buildRelease({ versionLabel: "planned", deployedAt: null, incidents: [buildIncident()] }),
      ],
    });
    expect(rows).toEqual([
      expect.objectContaining({ label: "old", P1: 0, P2: 0, P3: 0, P4: 0, total: 0 }),
      expect.objectContaining({ label: "new", P1: 1, P2: 0, P3: 2, P4: 0, total: 3 }),
    ]);
  });
});

describe("buildRecoverySeries", () => {
  it("gives recovery minutes per regression against the limit; an open one is over once the limit has passed", () => {
    const detectedAt = daysAgo(3);
    const { limitMinutes, rows } = buildRecoverySeries({
      recoveryLimitSeconds: 900,
      now: NOW,
      releases: [
        buildRelease({
          versionLabel: "r1",
          regressions: [
            buildRegression({ detectedAt, recoveredAt: minutesAfter(detectedAt, 22) }),
            buildRegression({ detectedAt: daysAgo(4), recoveredAt: minutesAfter(daysAgo(4), 6) }),
          ],
        }),
        buildRelease({
          versionLabel: "r2",
          regressions: [buildRegression({ detectedAt: daysAgo(1), recoveredAt: null })],
        }),
      ],
    });
    expect(limitMinutes).toBe(15);
    expect(rows.map((r) => [r.label, r.minutes, r.overLimit])).toEqual([
      ["r1 #2", 6, false],
      ["r1 #1", 22, true],
      ["r2", null, true],
    ]);
  });
});

describe("buildStreakSeries", () => {
  it("keeps one point per streak change, oldest first", () => {
    const points = buildStreakSeries({
      history: [
        entry({ at: daysAgo(1), streak: 2, verdict: "READY" }),
        entry({ at: daysAgo(9), streak: 0 }),
        entry({ at: daysAgo(8), streak: 0 }),
        entry({ at: daysAgo(5), streak: 1 }),
      ],
    });
    expect(points.map((p) => [p.streak, p.verdict])).toEqual([
      [0, "HOLD"],
      [1, "HOLD"],
      [2, "READY"],
    ]);
  });

  it("is empty without history and one point for one row", () => {
    expect(buildStreakSeries({ history: [] })).toEqual([]);
    expect(buildStreakSeries({ history: [entry({})] })).toHaveLength(1);
  });
});

describe("buildVerdictSeries", () => {
  it("counts each lane's last verdict at the end of each UTC day, a lane counting from its first row", () => {
    const now = new Date("2026-11-20T12:00:00Z");
    const days = buildVerdictSeries({
      now,
      history: [
        entry({ laneId: "a", at: new Date("2026-11-18T10:00:00Z"), verdict: "HOLD" }),
        entry({ laneId: "a", at: new Date("2026-11-19T23:59:00Z"), verdict: "READY" }),
        entry({ laneId: "b", at: new Date("2026-11-19T08:00:00Z"), verdict: "STOP" }),
        entry({ laneId: "b", at: new Date("2026-11-19T09:00:00Z"), verdict: "HOLD" }),
      ],
    });
    expect(days).toEqual([
      { day: "2026-11-18", READY: 0, HOLD: 1, STOP: 0 },
      { day: "2026-11-19", READY: 1, HOLD: 1, STOP: 0 },
      { day: "2026-11-20", READY: 1, HOLD: 1, STOP: 0 },
    ]);
  });

  it("is empty without history and limited to maxDays", () => {
    expect(buildVerdictSeries({ history: [], now: NOW })).toEqual([]);
    expect(buildVerdictSeries({ history: [entry({ at: daysAgo(100) })], now: NOW, maxDays: 10 })).toHaveLength(10);
  });
});
