import { describe, expect, it } from "vitest";
import { REASON_KINDS } from "../../constants";
import { REASON_CODES } from "../../types";
import { GATE_RULES } from "./gate-rules";
import { WARNING_RULES } from "./warning-rules";

describe("GATE_RULES and WARNING_RULES", () => {
  it("GATE_RULES holds every gate code once, in code-table order", () => {
    expect(GATE_RULES.map((rule) => rule.code)).toEqual(REASON_CODES.filter((code) => REASON_KINDS[code] === "gate"));
  });

  it("WARNING_RULES holds every warning code once", () => {
    expect(WARNING_RULES.map((rule) => rule.code)).toEqual(
      REASON_CODES.filter((code) => REASON_KINDS[code] === "warning"),
    );
  });
});
