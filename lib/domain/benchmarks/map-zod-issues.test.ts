import * as z from "zod";
import { describe, expect, it } from "vitest";
import { describeIssue, mapZodIssues } from "./map-zod-issues";

function problemsFor(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { error: describeIssue });
  if (result.success) throw new Error("expected a failure");
  return mapZodIssues(result.error.issues);
}

describe("mapZodIssues", () => {
  it.each([
    {
      name: "nested keys and indices",
      schema: z.object({ a: z.array(z.object({ b: z.number() })) }),
      input: { a: [{ b: 1 }, { b: "x" }] },
      pointer: "/a/1/b",
    },
    {
      name: "'/' and '~' escaped per RFC 6901",
      schema: z.object({ "a/b": z.object({ "c~d": z.number() }) }),
      input: { "a/b": { "c~d": null } },
      pointer: "/a~1b/c~0d",
    },
    { name: "the whole input", schema: z.number(), input: "x", pointer: "" },
  ])("$name -> $pointer", ({ schema, input, pointer }) => {
    expect(problemsFor(schema, input)[0]?.pointer).toBe(pointer);
  });

  it.each([
    { input: { n: undefined }, message: "n is required but missing (expected a number)" },
    { input: { n: null }, message: "n must be a number, got null" },
    { input: { n: [1] }, message: "n must be a number, got an array" },
    { input: { n: true }, message: "n must be a number, got boolean true" },
  ])("words a type problem: $message", ({ input, message }) => {
    expect(problemsFor(z.object({ n: z.number() }), input)[0]?.message).toBe(message);
  });

  it("keeps messages the schema words itself", () => {
    expect(
      problemsFor(z.object({ n: z.number().min(1, { error: "n must be at least 1" }) }), { n: 0 })[0]?.message,
    ).toBe("n must be at least 1");
  });
});
