import { describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { ERROR_CODES, type ErrorCode } from "@/lib/server/error-codes";
import { AppError } from "@/lib/server/errors";
import { toProblemResponse } from "./to-problem-response";

const read = async (error: unknown) => {
  const res = toProblemResponse(error);
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    body: (await res.json()) as Record<string, unknown>,
  };
};

describe("toProblemResponse", () => {
  it("takes the status and title from the code's entry and the sentence from the throw site", async () => {
    const { status, type, body } = await read(
      new AppError("TAKEN_IN_FUTURE", "A measurement cannot be taken in the future.", {
        params: [{ pointer: "/takenAt", message: "This time is in the future" }],
      }),
    );
    expect(status).toBe(422);
    expect(type).toBe("application/problem+json");
    expect(body).toEqual({
      type: "https://lanegate.dev/problems/taken-in-future",
      title: "The time is in the future.",
      status: 422,
      detail: "A measurement cannot be taken in the future.",
      code: "TAKEN_IN_FUTURE",
      fix: "Give the time the value was measured.",
      invalid_params: [{ pointer: "/takenAt", message: "This time is in the future" }],
    });
  });

  it("prefers the throw site's fix, and says the title when the throw site has no sentence", async () => {
    const { body } = await read(new AppError("RELEASE_NOT_FOUND", undefined, { fix: "Check the label." }));
    expect(body).toMatchObject({
      status: 404,
      title: "The release was not found.",
      detail: "The release was not found.",
    });
    expect(body.fix).toBe("Check the label.");
  });

  it("maps Prisma's not-found and unique violations, and hides anything else behind a 500", async () => {
    const known = (code: string) => new Prisma.PrismaClientKnownRequestError("x", { code, clientVersion: "7" });
    expect((await read(known("P2025"))).body).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect((await read(known("P2002"))).body).toMatchObject({ status: 409, code: "CONFLICT" });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const internal = await read(new Error('relation "Lane" does not exist at /srv/app/lib/server/db.ts:12'));
    log.mockRestore();
    expect(internal.status).toBe(500);
    expect(JSON.stringify(internal.body)).not.toMatch(/relation|db\.ts/);
  });
});

describe("ERROR_CODES", () => {
  const entries = Object.entries(ERROR_CODES) as [ErrorCode, (typeof ERROR_CODES)[ErrorCode]][];

  it("gives every code an error status and a sentence of a title", () => {
    for (const [code, kind] of entries) {
      expect(kind.status, code).toBeGreaterThanOrEqual(400);
      expect(kind.status, code).toBeLessThan(600);
      expect(kind.title, code).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("answers one kind of failure with one status: every time-in-the-future refusal is a 422", () => {
    const future = entries.filter(([code]) => code.endsWith("_IN_FUTURE"));
    expect(future.map(([code]) => code).sort()).toEqual([
      "DEPLOYED_IN_FUTURE",
      "DETECTED_IN_FUTURE",
      "DRILL_IN_FUTURE",
      "OPENED_IN_FUTURE",
      "TAKEN_IN_FUTURE",
    ]);
    expect(new Set(future.map(([, kind]) => kind.status))).toEqual(new Set([422]));
  });
});
