import { describe, expect, it } from "vitest";
import { daysAgo } from "../readiness/test-factories";
import { describeReadinessHistory } from "./describe-readiness-change";
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

describe("describeReadinessHistory", () => {
  it("describes each row against the previous one, newest first", () => {
    const out = describeReadinessHistory({
      history: [
        entry({
          id: "3",
          at: daysAgo(1),
          verdict: "HOLD",
          streak: 0,
          reasonCodes: ["PRIORITY_INCIDENT", "STREAK_TOO_SHORT"],
          cause: "P1 incident INC-2211 linked to release 2026.11.2",
        }),
        entry({
          id: "1",
          at: daysAgo(9),
          verdict: "HOLD",
          streak: 1,
          reasonCodes: ["STREAK_TOO_SHORT"],
          flagCodes: ["POC_DATA_ONLY"],
          cause: "Release 1 planned",
        }),
        entry({ id: "2", at: daysAgo(5), verdict: "READY", streak: 2, reasonCodes: [], cause: "Release 2 closed" }),
      ],
    });
    expect(out.map((e) => e.headline)).toEqual([
      "READY → HOLD, streak 2 → 0",
      "HOLD → READY, streak 1 → 2",
      "First evaluation: HOLD",
    ]);
    expect(out[0]).toMatchObject({
      verdictChanged: true,
      cause: "P1 incident INC-2211 linked to release 2026.11.2",
      reasonsAdded: ["PRIORITY_INCIDENT", "STREAK_TOO_SHORT"],
      reasonsRemoved: [],
    });
    expect(out[1]).toMatchObject({ reasonsRemoved: ["STREAK_TOO_SHORT"], flagsRemoved: ["POC_DATA_ONLY"] });
    expect(out[2]).toMatchObject({
      streak: { from: null, to: 1 },
      reasonsAdded: ["STREAK_TOO_SHORT"],
      flagsAdded: ["POC_DATA_ONLY"],
    });
  });

  it("names a change of reasons alone", () => {
    const out = describeReadinessHistory({
      history: [entry({ at: daysAgo(2), reasonCodes: ["A"] }), entry({ at: daysAgo(1), reasonCodes: ["B"] })],
    });
    expect(out[0]).toMatchObject({ headline: "HOLD, reasons changed", reasonsAdded: ["B"], reasonsRemoved: ["A"] });
  });
});
