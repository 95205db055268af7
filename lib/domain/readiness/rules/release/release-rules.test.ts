import { describe, expect, it } from "vitest";
import { REASON_KINDS } from "../../constants";
import { REASON_CODES } from "../../types";
import { RELEASE_RULES } from "./release-rules";

describe("RELEASE_RULES", () => {
  it("holds every release-kind code once, STOP_CONDITION first, the rest in code-table order", () => {
    const releaseCodes = REASON_CODES.filter((code) => REASON_KINDS[code] === "release");
    expect(RELEASE_RULES.map((rule) => rule.code)).toEqual([
      "STOP_CONDITION",
      ...releaseCodes.filter((code) => code !== "STOP_CONDITION"),
    ]);
  });
});
