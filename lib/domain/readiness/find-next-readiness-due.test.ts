import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateLane } from "./evaluate-lane";
import { findNextReadinessDue } from "./find-next-readiness-due";
import { laneArbitrary, wildLaneArbitrary } from "./test-arbitraries";
import {
  NOW,
  buildInProgressRelease,
  buildReadyLane,
  buildRelease,
  buildRollbackDesign,
  daysAfter,
  daysAgo,
} from "./test-factories";

const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

describe("findNextReadinessDue", () => {
  const cases = [
    {
      name: "nothing pending: closed releases, no drill",
      lane: buildReadyLane({ rollbackDesign: null }),
      due: null,
    },
    {
      name: "an open observation window ends",
      lane: buildReadyLane({
        rollbackDesign: null,
        releases: [buildInProgressRelease({ versionLabel: "2026.11.9", deployedAt: daysAgo(1) })],
      }),
      due: { at: daysAfter(daysAgo(1), 7), cause: "Observation window of release 2026.11.9 ended" },
    },
    {
      name: "a rolled-back release is closed already: its window is no event",
      lane: buildReadyLane({
        rollbackDesign: null,
        releases: [buildInProgressRelease({ rolledBackAt: daysAgo(0.5) })],
      }),
      due: null,
    },
    {
      name: "a planned release has no window",
      lane: buildReadyLane({
        rollbackDesign: null,
        releases: [buildRelease({ deployedAt: null, observationEndsAt: daysAfter(NOW, 3) })],
      }),
      due: null,
    },
    {
      name: "a fresh drill goes stale one millisecond after the policy's age",
      lane: buildReadyLane({
        rollbackDesign: buildRollbackDesign({ drills: [{ performedAt: daysAgo(10), recoverySeconds: 60 }] }),
      }),
      due: {
        at: ms(daysAfter(daysAgo(10), 90), 1),
        cause: "Rollback drill of 10 Nov 2026, 12:00 UTC became older than 90 days",
      },
    },
    {
      name: "a stale drill's age in days grows at the next whole day",
      lane: buildReadyLane({
        rollbackDesign: buildRollbackDesign({ drills: [{ performedAt: daysAgo(100.25), recoverySeconds: 60 }] }),
      }),
      due: {
        at: daysAfter(daysAgo(100.25), 101),
        cause: "Rollback drill of 12 Aug 2026, 06:00 UTC is now 101 days old",
      },
    },
    {
      name: "the earliest of several",
      lane: buildReadyLane({
        rollbackDesign: buildRollbackDesign({ drills: [{ performedAt: daysAgo(89.5), recoverySeconds: 60 }] }),
        releases: [buildInProgressRelease({ versionLabel: "2026.11.9", deployedAt: daysAgo(1) })],
      }),
      due: {
        at: ms(daysAfter(daysAgo(89.5), 90), 1),
        cause: "Rollback drill of 23 Aug 2026, 00:00 UTC became older than 90 days",
      },
    },
  ];
  it.each(cases)("$name", ({ lane, due }) => {
    expect(findNextReadinessDue({ lane, now: NOW })).toEqual(due);
  });

  it("the gate answers the same at every instant before the due time, for any lane", () => {
    fc.assert(
      fc.property(fc.oneof(laneArbitrary, wildLaneArbitrary), fc.double({ min: 0, max: 1, noNaN: true }), (lane, f) => {
        const due = findNextReadinessDue({ lane, now: NOW });
        const horizon = due ? due.at.getTime() - 1 : NOW.getTime() + 400 * 86_400_000;
        const later = new Date(NOW.getTime() + Math.floor(f * (horizon - NOW.getTime())));
        expect(due === null || due.at.getTime() > NOW.getTime()).toBe(true);
        expect(evaluateLane({ lane, now: later })).toEqual(evaluateLane({ lane, now: NOW }));
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });
});
