import { describe, expect, it } from "vitest";
import { parseRecoveryTime, ZRollbackDesign } from "./rollback";

describe("parseRecoveryTime", () => {
  it.each([
    ["340", 340],
    ["5:40", 340],
    ["05:40", 340],
    ["1:02:03", 3723],
    [" 90 ", 90],
    ["5:60", null],
    ["five minutes", null],
    ["", null],
    ["-5", null],
  ] as const)("%j -> %s", (text, seconds) => {
    expect(parseRecoveryTime(text)).toBe(seconds);
  });
});

describe("ZRollbackDesign", () => {
  it("accepts an http(s) runbook link and refuses anything else with a sentence", () => {
    expect(
      ZRollbackDesign.safeParse({ runbookUrl: "https://wiki.example/rb", rollbackTarget: "warehouse" }).success,
    ).toBe(true);
    for (const runbookUrl of ["wiki/runbooks", "javascript:alert(1)", "ftp://x.example/rb"]) {
      const r = ZRollbackDesign.safeParse({ runbookUrl, rollbackTarget: "warehouse" });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/full http\(s\) link/);
    }
  });
});
