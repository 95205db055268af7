import { describe, expect, it } from "vitest";
import { describeUnstorable, findUnstorableText } from "./find-unstorable-text";

describe("findUnstorableText", () => {
  it.each([
    ["plain text", { a: "hello", b: ["x", 1, null, true] }, null],
    ["emoji (a surrogate pair) is fine", { a: "rollout 🚀" }, null],
    ["NUL in a field", { title: "a\u0000b" }, "/title"],
    ["NUL in a nested array", { result: { queries: [{ q: "ok" }, { q: "\u0000" }] } }, "/result/queries/1/q"],
    ["lone high surrogate", { text: "plan \ud800 text" }, "/text"],
    ["lone low surrogate", ["ok", "\udc00"], "/1"],
    ["a bare string", "\u0000", "/"],
    ["key with a slash is escaped", { "a/b": "\u0000" }, "/a~1b"],
  ] as const)("%s", (_name, value, pointer) => {
    expect(findUnstorableText(value)?.pointer ?? null).toBe(pointer);
  });

  it("names a bad key, with the pointer under the given base", () => {
    expect(findUnstorableText({ ok: { "k\u0000": 1 } }, "/query")).toEqual({
      pointer: "/query/ok/k\\u0000",
      message: expect.stringMatching(/^Key: .*NUL/),
    });
  });

  it("says which problem it is", () => {
    expect(describeUnstorable("a\u0000")).toMatch(/NUL/);
    expect(describeUnstorable("\ud83d")).toMatch(/surrogate/);
    expect(describeUnstorable("fine")).toBeNull();
  });
});
