import { describe, expect, it } from "vitest";
import { escapeLikePattern } from "./escape-like-pattern";

describe("escapeLikePattern", () => {
  it.each([
    ["Priya", "Priya"],
    ["P_iya", "P\\_iya"],
    ["100%", "100\\%"],
    ["a\\b", "a\\\\b"],
    ["%_\\", "\\%\\_\\\\"],
    ["", ""],
  ])("escapes %j as %j", (text, expected) => {
    expect(escapeLikePattern(text)).toBe(expected);
  });
});
