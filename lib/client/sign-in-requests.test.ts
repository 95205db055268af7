import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readAuthAnswer } from "@/lib/client/sign-in-requests";

// The zod schema the reader replaced: it must read every answer as this did.
const ZAuthAnswer = z.object({ message: z.string().optional(), url: z.string().optional() }).catch({});

describe("readAuthAnswer", () => {
  it("reads Better Auth's message and address", () => {
    expect(readAuthAnswer({ message: "Invalid password", code: "X" })).toEqual({ message: "Invalid password" });
    expect(readAuthAnswer({ url: "https://idp.example/authorize", redirect: true })).toEqual({
      url: "https://idp.example/authorize",
    });
    expect(readAuthAnswer({ url: 1 })).toEqual({});
    expect(readAuthAnswer(null)).toEqual({});
  });

  it("reads every answer as the zod schema it replaced", () => {
    const member = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.jsonValue());
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ message: member, url: member, other: member }, { requiredKeys: [] }), fc.jsonValue()),
        (json) => {
          expect(readAuthAnswer(json)).toEqual(ZAuthAnswer.parse(json ?? {}));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
