import { describe, expect, it } from "vitest";
import { mapProblemToFields, pointerToFieldPath } from "./map-problem-to-fields";

describe("pointerToFieldPath", () => {
  it.each([
    ["/slug", "slug"],
    ["/targets/0/baseline", "targets.0.baseline"],
    ["/targets/1/stop/value", "targets.1.stop.value"],
    ["/a~1b/c~0d", "a/b.c~d"],
    ["/", ""],
    ["", ""],
  ])("%s -> %s", (pointer, path) => {
    expect(pointerToFieldPath(pointer)).toBe(path);
  });
});

describe("mapProblemToFields", () => {
  const fieldNames = ["slug", "name", "targets"];

  it("puts each error on the field it points at, nested ones by their full path, first message first", () => {
    expect(
      mapProblemToFields({
        fieldNames,
        params: [
          { pointer: "/slug", message: "This slug is taken by another lane" },
          { pointer: "/slug", message: "A second complaint" },
          { pointer: "/targets/0/baseline", message: "Enter the baseline as a number" },
          { pointer: "/targets", message: "Give at least one KPI a stop condition" },
        ],
      }),
    ).toEqual({
      fields: {
        slug: "This slug is taken by another lane",
        "targets.0.baseline": "Enter the baseline as a number",
        targets: "Give at least one KPI a stop condition",
      },
      unmatched: [],
    });
  });

  it("leaves for the alert what no field of the form shows", () => {
    const params = [
      { pointer: "/params/label", message: "No release with this label in this lane" },
      { pointer: "/query/release", message: "Use letters" },
      { pointer: "/", message: "Body is empty" },
      { pointer: "/version", message: "The version must be a whole number" },
    ];
    expect(mapProblemToFields({ fieldNames, params })).toEqual({ fields: {}, unmatched: params });
  });
});
