import { describe, expect, it } from "vitest";
import { describeStaleChanges } from "./describe-stale-changes";

const fields = [
  { key: "name", label: "Name" },
  { key: "owningTeam", label: "Owning team" },
  { key: "recoveryLimitSeconds", label: "Recovery limit (seconds)" },
  { key: "notes", label: "Notes" },
  { key: "deployedAt", label: "Deployed", format: (v: unknown) => (typeof v === "string" ? v.slice(0, 10) : "—") },
];

describe("describeStaleChanges", () => {
  it("lists the watched fields whose value as shown changed, in the fields' order", () => {
    expect(
      describeStaleChanges({
        fields,
        seen: { name: "Orders", owningTeam: "Orders Data", recoveryLimitSeconds: "900", notes: null, deployedAt: null },
        current: {
          name: "Orders",
          owningTeam: "Orders Platform",
          recoveryLimitSeconds: 900,
          notes: "",
          deployedAt: "2026-11-20T10:00:00.000Z",
          version: 3,
        },
      }),
    ).toEqual([
      { key: "owningTeam", label: "Owning team", was: "Orders Data", now: "Orders Platform" },
      { key: "deployedAt", label: "Deployed", was: "—", now: "2026-11-20" },
    ]);
  });

  it("is empty when only the version moved", () => {
    expect(describeStaleChanges({ fields, seen: { name: "A" }, current: { name: "A", version: 9 } })).toEqual([]);
  });
});
