import { describe, expect, it } from "vitest";
import { diffJson } from "./diff-json";

describe("diffJson", () => {
  it("lists changed, added and removed top-level fields and skips equal ones", () => {
    expect(
      diffJson(
        { name: "a", stage: "SHADOW", version: 1, gone: 1 },
        { name: "a", stage: "CANARY", version: 2, extra: [1] },
      ),
    ).toEqual([
      { key: "stage", before: "SHADOW", after: "CANARY", kind: "changed" },
      { key: "version", before: 1, after: 2, kind: "changed" },
      { key: "extra", before: undefined, after: [1], kind: "added" },
      { key: "gone", before: 1, after: undefined, kind: "removed" },
    ]);
  });
  it("treats a missing before as a creation and compares nested values by content", () => {
    expect(diffJson(null, { a: { x: 1 } })).toEqual([{ key: "a", before: undefined, after: { x: 1 }, kind: "added" }]);
    expect(diffJson({ a: { x: 1 } }, { a: { x: 1 } })).toEqual([]);
    expect(diffJson({ updatedAt: "t1" }, { updatedAt: "t2" })).toEqual([]);
  });
});
