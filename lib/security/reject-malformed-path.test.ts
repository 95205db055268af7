import { describe, expect, it } from "vitest";
import { rejectMalformedPath } from "./reject-malformed-path";

describe("rejectMalformedPath", () => {
  it.each(["/lanes/ok", "/lanes/a%20b/releases/2026.11.1", "/api/v1/lanes/caf%C3%A9", "/"])("lets %s through", (p) => {
    expect(rejectMalformedPath(p)).toBeNull();
  });

  it.each([
    ["/api/v1/lanes/x/releases/%ZZ", 6],
    ["/lanes/%c0%ae%c0%ae", 2],
    ["/api/v1/lanes/%E0%A4%A", 4],
    ["/api/v1/webhooks/%", 4],
  ])("refuses %s naming segment %i", async (p, index) => {
    const res = rejectMalformedPath(p)!;
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = (await res.json()) as { code: string; invalid_params: { pointer: string; message: string }[] };
    expect(body.code).toBe("INVALID_PATH");
    expect(body.invalid_params[0]!.message).toContain(`segment ${index}`);
  });
});
