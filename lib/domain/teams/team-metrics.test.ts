import { describe, expect, it } from "vitest";
import type { Incident, ReleaseStatus } from "../readiness/types";
import { computeChangeFailureRate } from "./compute-change-failure-rate";
import { computeMeanTimeToRecover } from "./compute-mean-time-to-recover";
import { computeTimeToReady } from "./compute-time-to-ready";
import { countIncidentsBySeverity } from "./count-incidents-by-severity";
import { summarizeTeam, type TeamLaneInput } from "./summarize-team";

const t = (iso: string) => new Date(`2026-11-${iso}Z`);
const incident = (severity: Incident["severity"], opened: string, resolved: string | null): Incident => ({
  id: `${severity}-${opened}`,
  ref: "INC",
  severity,
  title: "x",
  openedAt: t(opened),
  resolvedAt: resolved ? t(resolved) : null,
});

describe("computeChangeFailureRate", () => {
  it.each<[string, ReleaseStatus[], { unstable: number; closed: number; rate: number | null }]>([
    ["no releases", [], { unstable: 0, closed: 0, rate: null }],
    ["only planned and in progress", ["PLANNED", "IN_PROGRESS"], { unstable: 0, closed: 0, rate: null }],
    ["all stable", ["STABLE", "STABLE"], { unstable: 0, closed: 2, rate: 0 }],
    [
      "one of four unstable",
      ["STABLE", "UNSTABLE", "STABLE", "STABLE", "IN_PROGRESS"],
      { unstable: 1, closed: 4, rate: 0.25 },
    ],
    ["all unstable", ["UNSTABLE"], { unstable: 1, closed: 1, rate: 1 }],
  ])("%s", (_, statuses, expected) => {
    expect(computeChangeFailureRate({ statuses })).toEqual(expected);
  });
});

describe("computeMeanTimeToRecover", () => {
  it.each<[string, Incident[], { meanSeconds: number | null; resolved: number; open: number }]>([
    ["no incidents", [], { meanSeconds: null, resolved: 0, open: 0 }],
    ["only open ones", [incident("P1", "01T10:00:00", null)], { meanSeconds: null, resolved: 0, open: 1 }],
    [
      "mean of resolved, open counted apart",
      [
        incident("P1", "01T10:00:00", "01T10:30:00"),
        incident("P3", "02T10:00:00", "02T11:30:00"),
        incident("P2", "03T10:00:00", null),
      ],
      { meanSeconds: 3600, resolved: 2, open: 1 },
    ],
  ])("%s", (_, incidents, expected) => {
    expect(computeMeanTimeToRecover({ incidents })).toEqual(expected);
  });
});

describe("countIncidentsBySeverity", () => {
  it("counts every severity, zero when absent", () => {
    expect(
      countIncidentsBySeverity({ incidents: [{ severity: "P1" }, { severity: "P3" }, { severity: "P3" }] }),
    ).toEqual({
      P1: 1,
      P2: 0,
      P3: 2,
      P4: 0,
    });
  });
});

describe("computeTimeToReady", () => {
  it.each<[string, (Date | null)[], { at: Date; verdict: "READY" | "HOLD" | "STOP" }[], number | null]>([
    ["never deployed", [null], [{ at: t("05T00:00:00"), verdict: "READY" }], null],
    ["deployed, never READY", [t("01T00:00:00")], [{ at: t("02T00:00:00"), verdict: "HOLD" }], null],
    [
      "first deployment to first READY after it",
      [t("03T00:00:00"), t("01T00:00:00"), null],
      [
        { at: t("01T12:00:00"), verdict: "HOLD" },
        { at: t("04T00:00:00"), verdict: "READY" },
        { at: t("05T00:00:00"), verdict: "HOLD" },
        { at: t("06T00:00:00"), verdict: "READY" },
      ],
      3 * 86_400,
    ],
    [
      "a READY before the first deployment does not count",
      [t("02T00:00:00")],
      [
        { at: t("01T00:00:00"), verdict: "READY" },
        { at: t("03T00:00:00"), verdict: "READY" },
      ],
      86_400,
    ],
  ])("%s", (_, deployedAts, history, seconds) => {
    expect(computeTimeToReady({ deployedAts, history }).seconds).toBe(seconds);
  });
});

describe("summarizeTeam", () => {
  const lane = (over: Partial<TeamLaneInput>): TeamLaneInput => ({
    slug: "a",
    name: "A",
    stage: "CANARY",
    verdict: "HOLD",
    streak: 0,
    requiredStreak: 2,
    releases: [],
    incidents: [],
    history: [],
    ...over,
  });

  it("an empty team has no rates, not zeros", () => {
    const r = summarizeTeam({ lanes: [] });
    expect(r).toMatchObject({
      lanes: [],
      verdicts: { READY: 0, HOLD: 0, STOP: 0 },
      meanTimeToReadySeconds: null,
      changeFailure: { rate: null },
      recovery: { meanSeconds: null },
    });
  });

  it("rolls releases, incidents and lead times up over the lanes", () => {
    const r = summarizeTeam({
      lanes: [
        lane({
          slug: "a",
          verdict: "READY",
          releases: [
            { status: "STABLE", deployedAt: t("01T00:00:00") },
            { status: "STABLE", deployedAt: t("03T00:00:00") },
          ],
          history: [{ at: t("03T00:00:00"), verdict: "READY" }],
          incidents: [incident("P3", "02T00:00:00", "02T01:00:00")],
        }),
        lane({
          slug: "b",
          verdict: "STOP",
          releases: [
            { status: "UNSTABLE", deployedAt: t("01T00:00:00") },
            { status: "IN_PROGRESS", deployedAt: t("05T00:00:00") },
          ],
          incidents: [incident("P1", "01T00:00:00", "01T03:00:00")],
        }),
      ],
    });
    expect(r.verdicts).toEqual({ READY: 1, HOLD: 0, STOP: 1 });
    expect(r.meanTimeToReadySeconds).toBe(2 * 86_400);
    expect(r.lanesReady).toBe(1);
    expect(r.changeFailure).toEqual({ unstable: 1, closed: 3, rate: 1 / 3 });
    expect(r.recovery).toEqual({ meanSeconds: 2 * 3600, resolved: 2, open: 0 });
    expect(r.incidentsBySeverity).toEqual({ P1: 1, P2: 0, P3: 1, P4: 0 });
    expect(r.lanes.map((l) => [l.slug, l.changeFailure.rate, l.timeToReady.seconds])).toEqual([
      ["a", 0, 2 * 86_400],
      ["b", 1, null],
    ]);
  });
});
