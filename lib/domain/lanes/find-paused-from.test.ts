import { describe, expect, it } from "vitest";
import { findPausedFrom } from "./find-paused-from";

describe("findPausedFrom", () => {
  it.each([
    ["a lane that is not paused", "CANARY", [{ fromStage: "CANARY", toStage: "PAUSED" }], null],
    [
      "paused once",
      "PAUSED",
      [
        { fromStage: "SHADOW", toStage: "CANARY" },
        { fromStage: "CANARY", toStage: "PAUSED" },
      ],
      "CANARY",
    ],
    [
      "paused twice: the latest pause counts",
      "PAUSED",
      [
        { fromStage: "SHADOW", toStage: "PAUSED" },
        { fromStage: "PAUSED", toStage: "SHADOW" },
        { fromStage: "SHADOW", toStage: "CANARY" },
        { fromStage: "CANARY", toStage: "PAUSED" },
      ],
      "CANARY",
    ],
    ["paused with no history left", "PAUSED", [], null],
  ] as const)("%s", (_name, stage, stageChanges, expected) => {
    expect(findPausedFrom({ stage, stageChanges })).toBe(expected);
  });
});
