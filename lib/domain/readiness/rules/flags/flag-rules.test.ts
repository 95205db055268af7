import { describe, expect, it } from "vitest";
import { FLAG_CODES } from "../../types";
import { FLAG_RULES } from "./flag-rules";

describe("FLAG_RULES", () => {
  it("holds every flag code once, in code-table order", () => {
    expect(FLAG_RULES.map((rule) => rule.code)).toEqual([...FLAG_CODES]);
  });
});
