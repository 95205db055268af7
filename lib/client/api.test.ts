import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, readProblem } from "@/lib/client/api";

// The zod schema the problem reader replaced (so that zod stays out of every page's first load):
// the hand-written reader must read every body exactly as it did.
const ZProblemBody = z.object({
  code: z.string().catch("HTTP_ERROR"),
  title: z.string().optional().catch(undefined),
  detail: z.string().optional().catch(undefined),
  fix: z.string().optional().catch(undefined),
  invalid_params: z.array(z.object({ pointer: z.string(), message: z.string() })).catch([]),
  current: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

function byZod(body: unknown) {
  const problem = ZProblemBody.safeParse(body ?? {});
  return problem.success ? problem.data : { code: "HTTP_ERROR", invalid_params: [] };
}

/** Drops undefined members, as the comparison of the two readings should. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const member = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.jsonValue());
const param = fc.oneof(
  fc.record({ pointer: fc.string(), message: fc.string() }),
  fc.record({ pointer: fc.string(), message: fc.string(), extra: member }),
  fc.record({ pointer: member, message: member }, { requiredKeys: [] }),
  member,
);
const body = fc.oneof(
  fc.record(
    {
      code: member,
      title: member,
      detail: member,
      fix: member,
      invalid_params: fc.oneof(fc.array(param, { maxLength: 4 }), member),
      current: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), member),
      other: member,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

describe("readProblem", () => {
  it("reads a problem body as /api/v1 sends it", () => {
    const error = new ApiError(409, {
      type: "about:blank",
      code: "STALE_VERSION",
      title: "Conflict",
      detail: "Someone saved this lane first.",
      fix: "Reload and apply your change again.",
      invalid_params: [{ pointer: "/name", message: "Too long", extra: 1 }],
      current: { version: 4, name: "Lane" },
    });
    expect(error).toMatchObject({
      status: 409,
      code: "STALE_VERSION",
      message: "Someone saved this lane first.",
      fix: "Reload and apply your change again.",
      invalidParams: [{ pointer: "/name", message: "Too long" }],
      current: { version: 4, name: "Lane" },
    });
    expect(error.invalidParams[0]).not.toHaveProperty("extra");
  });

  it("falls back member by member on a body it cannot read", () => {
    expect(new ApiError(502, "<html>Bad gateway</html>")).toMatchObject({
      code: "HTTP_ERROR",
      message: "The request failed with status 502.",
      invalidParams: [],
      current: null,
    });
    expect(
      readProblem({ code: 7, title: "Refused", invalid_params: [{ pointer: "/a", message: "x" }, { pointer: 1 }] }),
    ).toMatchObject({ code: "HTTP_ERROR", title: "Refused", invalid_params: [] });
  });

  it("reads every body as the zod schema it replaced", () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(plain(readProblem(b))).toEqual(plain(byZod(b)));
      }),
      { numRuns: 2_000 },
    );
  });
});
