import { describe, expect, it } from "vitest";
import { laneExportToCsv } from "./lane-export-to-csv";
import type { LaneExport } from "./lane-export-types";

const at = new Date("2026-11-12T14:03:00Z");

describe("laneExportToCsv", () => {
  it("writes every record type in one table, with formula-looking text defused", () => {
    const data: LaneExport = {
      lane: { slug: "l", name: "L", stage: "PRODUCTION", owningTeam: "t", verdict: "HOLD", streak: 0, exportedAt: at },
      releases: [
        {
          versionLabel: "2026.11.2",
          engineVersion: "DataFusion 54",
          status: "UNSTABLE",
          deployedAt: at,
          observationEndsAt: null,
          rolledBackAt: null,
          rollbackReason: null,
        },
      ],
      measurements: [
        {
          release: "2026.11.2",
          kpiKey: "p95_latency_ms",
          value: 812.5,
          unit: "ms",
          source: "SYNTHETIC",
          takenAt: at,
          counted: false,
          excludedBecause: "synthetic",
          note: null,
        },
      ],
      incidents: [
        {
          release: "2026.11.2",
          ref: "INC-2211",
          severity: "P1",
          title: '=cmd|" /C calc"!A0',
          openedAt: at,
          resolvedAt: null,
        },
      ],
      regressions: [
        {
          release: "2026.11.2",
          summary: "spill, then OOM",
          detectedAt: at,
          recoveredAt: null,
          recoveryMinutes: null,
          recoveredByRollback: false,
          attributedTo: "EXECUTOR",
        },
      ],
      decisions: [
        { outcome: "REFUSED", reason: "Streak too short", decidedBy: "Priya", decidedAt: at, needsReview: false },
      ],
      readinessHistory: [
        {
          id: "1",
          at,
          headline: "READY → HOLD",
          verdict: "HOLD",
          verdictChanged: true,
          cause: "P1 incident INC-2211 linked to release 2026.11.2",
          streak: { from: 2, to: 0 },
          reasonsAdded: [],
          reasonsRemoved: [],
          flagsAdded: [],
          flagsRemoved: [],
        },
      ],
    };
    const lines = laneExportToCsv(data).trimEnd().split("\r\n");
    expect(lines[0]).toBe("record_type,release,time,item,value,unit,status,detail,ended_at");
    expect(lines.map((l) => l.split(",")[0])).toEqual([
      "record_type",
      "release",
      "measurement",
      "incident",
      "regression",
      "decision",
      "readiness_change",
    ]);
    expect(lines[2]).toBe(
      "measurement,2026.11.2,2026-11-12T14:03:00.000Z,p95_latency_ms,812.5,ms,synthetic,SYNTHETIC,",
    );
    expect(lines[3]).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(lines[4]).toContain('"spill, then OOM"');
    expect(lines[6]).toBe(
      "readiness_change,,2026-11-12T14:03:00.000Z,READY → HOLD,0,stable releases,HOLD,P1 incident INC-2211 linked to release 2026.11.2,",
    );
  });
});
