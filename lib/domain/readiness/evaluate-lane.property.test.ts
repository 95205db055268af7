import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateLane } from "./evaluate-lane";
import { findCurrentOwner } from "./find-current-owner";
import { findFirstDeployment } from "./find-first-deployment";
import { laneArbitrary, wildLaneArbitrary } from "./test-arbitraries";
import { NOW, buildIncident, buildRegression, buildRelease } from "./test-factories";
import type { LaneData, Release } from "./types";

const MINUTE = 60_000;
const evaluate = (lane: LaneData) => evaluateLane({ lane, now: NOW });

function latestDeployment(lane: LaneData): number {
  return Math.max(
    NOW.getTime() - 30 * 24 * 60 * MINUTE,
    ...lane.releases.map((r) => r.deployedAt?.getTime() ?? -Infinity),
  );
}

/** Every way a closed release can be unstable without depending on the lane's targets. */
const unstableKindArbitrary = fc.constantFrom(
  "ROLLED_BACK",
  "PRIORITY_INCIDENT",
  "UNRECOVERED",
  "SLOW_RECOVERY",
  "UNMEASURED",
);

function buildUnstableNewest(lane: LaneData, kind: string): Release {
  const deployedAt = new Date(latestDeployment(lane) + MINUTE);
  const closed = { deployedAt, observationEndsAt: new Date(deployedAt.getTime() + MINUTE) };
  switch (kind) {
    case "ROLLED_BACK":
      return buildRelease({
        ...closed,
        observationEndsAt: null,
        rolledBackAt: new Date(deployedAt.getTime() + MINUTE),
      });
    case "PRIORITY_INCIDENT":
      return buildRelease({ ...closed, incidents: [buildIncident({ severity: "P2" })] });
    case "UNRECOVERED":
      return buildRelease({ ...closed, regressions: [buildRegression({ recoveredAt: null })] });
    case "SLOW_RECOVERY": {
      const detectedAt = deployedAt;
      const recoveredAt = new Date(detectedAt.getTime() + (lane.policy.recoveryLimitSeconds + 1) * 1000);
      return buildRelease({ ...closed, regressions: [buildRegression({ detectedAt, recoveredAt })] });
    }
    default:
      // A release judged with no counting measurement fails whatever targets are in force.
      return buildRelease({ ...closed, measurements: [] });
  }
}

describe("evaluateLane properties", () => {
  it("the generator reaches every verdict, so the properties below are not vacuous", () => {
    const verdicts = fc.sample(laneArbitrary, { numRuns: 600, seed: 42 }).map((lane) => evaluate(lane).verdict);
    for (const verdict of ["READY", "HOLD", "STOP"] as const) {
      expect(verdicts.filter((v) => v === verdict).length, verdict).toBeGreaterThan(20);
    }
  });

  it("appending an unstable closed release as the newest always gives streak 0 and never READY", () => {
    fc.assert(
      fc.property(laneArbitrary, unstableKindArbitrary, (lane, kind) => {
        const newest = buildUnstableNewest(lane, kind);
        const evaluation = evaluate({ ...lane, releases: [...lane.releases, newest] });
        expect(evaluation.streak).toBe(0);
        expect(evaluation.verdict).not.toBe("READY");
        expect(evaluation.releases[0]).toMatchObject({ releaseId: newest.id, status: "UNSTABLE" });
      }),
      { numRuns: 300 },
    );
  });

  it("READY always implies streak >= required and both owners assigned", () => {
    fc.assert(
      fc.property(laneArbitrary, (lane) => {
        const evaluation = evaluate(lane);
        if (evaluation.verdict !== "READY") return;
        expect(evaluation.streak).toBeGreaterThanOrEqual(lane.policy.requiredStableReleases);
        expect(findCurrentOwner({ assignments: lane.assignments, role: "PLANNER" })).not.toBeNull();
        expect(findCurrentOwner({ assignments: lane.assignments, role: "EXECUTOR" })).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("verdict is READY iff there are no blocking reasons", () => {
    fc.assert(
      fc.property(laneArbitrary, (lane) => {
        const evaluation = evaluate(lane);
        expect(evaluation.verdict === "READY").toBe(evaluation.reasons.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it("STOP iff the newest closed release breached a stop condition, and STOP_CONDITION then leads the reasons", () => {
    fc.assert(
      fc.property(laneArbitrary, (lane) => {
        const evaluation = evaluate(lane);
        const newestClosed = evaluation.releases.find((r) => r.status === "STABLE" || r.status === "UNSTABLE");
        const breached = newestClosed?.reasons.some((r) => r.code === "STOP_CONDITION") ?? false;
        expect(evaluation.verdict === "STOP").toBe(breached);
        if (breached) expect(evaluation.reasons[0]?.code).toBe("STOP_CONDITION");
      }),
      { numRuns: 500 },
    );
  });

  it("only closed unstable releases carry reasons; a release is STABLE iff closed without reasons", () => {
    fc.assert(
      fc.property(laneArbitrary, (lane) => {
        for (const release of evaluate(lane).releases) {
          if (release.status === "UNSTABLE") expect(release.reasons.length).toBeGreaterThan(0);
          else expect(release.reasons).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("adding an IN_PROGRESS release (deployed no earlier than the first deployment) never changes streak, verdict or reason codes", () => {
    const insertion = fc.record({
      offsetMinutes: fc.integer({ min: 0, max: 200 * 24 * 60 }),
      windowOpen: fc.boolean(),
      position: fc.nat(),
      withBadNumbers: fc.boolean(),
    });
    fc.assert(
      fc.property(laneArbitrary, insertion, (lane, { offsetMinutes, windowOpen, position, withBadNumbers }) => {
        const first = findFirstDeployment({ releases: lane.releases });
        const earliest = first?.deployedAt.getTime() ?? NOW.getTime() - 200 * 24 * 60 * MINUTE;
        const deployedAt = new Date(Math.min(earliest + offsetMinutes * MINUTE, NOW.getTime()));
        const open = buildRelease({
          deployedAt,
          // Either an observation window that ends after now, or none recorded yet.
          observationEndsAt: windowOpen ? new Date(NOW.getTime() + MINUTE) : null,
          incidents: withBadNumbers ? [buildIncident({ severity: "P1" })] : [],
          regressions: withBadNumbers ? [buildRegression({ recoveredAt: null })] : [],
        });
        const releases = [...lane.releases];
        releases.splice(position % (releases.length + 1), 0, open);

        const before = evaluate(lane);
        const after = evaluate({ ...lane, releases });
        expect(after.streak).toBe(before.streak);
        expect(after.verdict).toBe(before.verdict);
        // With no deployment before, the new release becomes the first one, which is when
        // targets had to be in force: TARGETS_DEFINED_LATE may then appear (verdict stays HOLD).
        if (first !== null) expect(after.reasons.map((r) => r.code)).toEqual(before.reasons.map((r) => r.code));
      }),
      { numRuns: 500 },
    );
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(laneArbitrary, (lane) => {
        const copy = structuredClone(lane);
        evaluate(lane);
        expect(lane).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws, even on hostile data (invalid dates, NaN, negative policies), and keeps READY iff no reasons", () => {
    fc.assert(
      fc.property(
        wildLaneArbitrary,
        wildLaneArbitrary.chain(() => fc.date({ noInvalidDate: false })),
        (lane, now) => {
          const evaluation = evaluateLane({ lane, now });
          expect(evaluation.verdict === "READY").toBe(evaluation.reasons.length === 0);
          expect(evaluation.releases).toHaveLength(lane.releases.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
