import { describe, expect, it } from "vitest";
import { ZAuditQuery } from "./audit";

describe("ZAuditQuery", () => {
  it("reads empty fields as no filter, a day as the whole UTC day, and an ISO instant as given", () => {
    expect(ZAuditQuery.parse({ lane: "", from: "", to: "", cursor: "" })).toEqual({ limit: 50 });
    expect(ZAuditQuery.parse({ from: "2026-11-01", to: "2026-11-02" })).toMatchObject({
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-11-02T23:59:59.999Z",
    });
    expect(ZAuditQuery.parse({ from: "2026-11-01T10:00:00Z" })).toMatchObject({ from: "2026-11-01T10:00:00Z" });
  });
  it("says what is wrong with a time it cannot read and with a bad cursor", () => {
    const r = ZAuditQuery.safeParse({ from: "last tuesday", cursor: "abc" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["from", "Use a date (2026-11-01) or an ISO date-time for the start"],
      ["cursor", "A cursor is an event id"],
    ]);
  });
});

describe("ZAuditQuery edges Postgres cannot store", () => {
  it.each([
    [{ cursor: "9223372036854775808" }, "cursor"],
    [{ cursor: "99999999999999999999999" }, "cursor"],
    [{ from: "0000-01-01" }, "from"],
    [{ to: "0000-06-01T00:00:00Z" }, "to"],
  ])("refuses %j naming %s", (query, field) => {
    const r = ZAuditQuery.safeParse(query);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });
  it("accepts the largest bigint cursor", () => {
    expect(ZAuditQuery.parse({ cursor: "9223372036854775807" }).cursor).toBe("9223372036854775807");
  });
});
