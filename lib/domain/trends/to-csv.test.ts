import { describe, expect, it } from "vitest";
import { toCsv, toCsvCell } from "./to-csv";

describe("toCsvCell", () => {
  it.each([
    ["plain", "plain"],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["+1", `"'+1"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    [" padded", '" padded"'],
  ])("%j becomes %s", (input, out) => {
    expect(toCsvCell(input)).toBe(out);
  });

  it("writes numbers as numbers (a negative number is not a formula), dates as ISO, null as empty", () => {
    expect(toCsvCell(-5)).toBe("-5");
    expect(toCsvCell(1.25)).toBe("1.25");
    expect(toCsvCell(new Date("2026-11-12T14:03:00Z"))).toBe("2026-11-12T14:03:00.000Z");
    expect(toCsvCell(null)).toBe("");
    expect(toCsvCell(true)).toBe("true");
  });
});

describe("toCsv", () => {
  it("writes a header and CRLF-terminated rows", () => {
    expect(
      toCsv({
        columns: ["a", "b"],
        rows: [
          [1, "x,y"],
          [null, "z"],
        ],
      }),
    ).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });
});
