import { describe, expect, it } from "vitest";
import { describeFlagCode } from "./describe-flag-code";
import { describeReasonCode } from "./describe-reason-code";
import { FLAG_CODES, REASON_CODES } from "./types";

describe("describeReasonCode and describeFlagCode", () => {
  it.each([...REASON_CODES])("reason %s has a short title", (code) => {
    expect(describeReasonCode(code)).toMatch(/^[A-Z].{3,30}$/);
  });

  it.each([...FLAG_CODES])("flag %s has a short title", (code) => {
    expect(describeFlagCode(code)).toMatch(/^[A-Z].{3,30}$/);
  });

  it("titles are distinct, so badges can be told apart", () => {
    const titles = [...REASON_CODES.map(describeReasonCode), ...FLAG_CODES.map(describeFlagCode)];
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("KPI_NOT_MET reads 'KPI target missed'", () => {
    expect(describeReasonCode("KPI_NOT_MET")).toBe("KPI target missed");
  });
});
