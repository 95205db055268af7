import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { isAllowed, needsLaneOwners } from "@/lib/server/auth/authorize";
import { PERMISSIONS, type Permission } from "@/lib/server/auth/permissions";

const lane = { laneId: "lane-a", laneOwnerIds: ["owner-a"] };
const user = (userId: string, role: "PLATFORM_LEAD" | "LANE_OWNER" | "STAKEHOLDER"): Actor => ({
  type: "USER",
  userId,
  name: userId,
  role,
});
const token = (laneId: string | null): Actor => ({
  type: "TOKEN",
  tokenId: "t",
  name: "t",
  laneId,
  createdById: "lead",
});
const all = Object.keys(PERMISSIONS) as Permission[];
const allowed = (actor: Actor, ctx = lane) => all.filter((p) => isAllowed(actor, p, ctx)).sort();

describe("the central policy (DESIGN.md roles)", () => {
  it("lets a platform lead do everything, with or without a lane", () => {
    expect(allowed(user("lead", "PLATFORM_LEAD"))).toEqual([...all].sort());
    expect(all.every((p) => isAllowed(user("lead", "PLATFORM_LEAD"), p))).toBe(true);
  });

  it("lets a lane's current owner change that lane, but not approve, override, decide or manage people", () => {
    expect(allowed(user("owner-a", "LANE_OWNER"))).toEqual([
      "follow",
      "ingest.write",
      "lane.update",
      "owner.assign",
      "read",
      "release.write",
      "rollback.write",
      "targets.define",
      "token.manage",
    ]);
  });

  it("gives an owner of another lane, or a lane owner without a lane, only reads and follows", () => {
    expect(allowed(user("owner-b", "LANE_OWNER"))).toEqual(["follow", "read"]);
    expect(all.filter((p) => isAllowed(user("owner-a", "LANE_OWNER"), p, { laneId: null, laneOwnerIds: [] }))).toEqual([
      "read",
      "follow",
    ]);
  });

  it("lets a stakeholder read and follow lanes only, even when listed as an owner", () => {
    expect(allowed(user("owner-a", "STAKEHOLDER"))).toEqual(["follow", "read"]);
  });

  it("gives a CI token the pipeline subset on its own lane only", () => {
    expect(allowed(token("lane-a"))).toEqual(["ingest.write", "read", "release.write"]);
    expect(allowed(token("lane-b"))).toEqual(["read"]);
    expect(allowed(token(null))).toEqual(["ingest.write", "read", "release.write"]);
  });

  it("refuses anonymous callers everything", () => {
    expect(allowed({ type: "ANONYMOUS" })).toEqual([]);
  });

  it("needs the lane's owners only where they change the answer: a lane owner asking for an owner permission", () => {
    const actors: Actor[] = [
      { type: "SYSTEM", label: "system" },
      { type: "ANONYMOUS" },
      token("lane-a"),
      token("lane-b"),
      token(null),
      user("owner-a", "PLATFORM_LEAD"),
      user("owner-a", "LANE_OWNER"),
      user("other", "LANE_OWNER"),
      user("owner-a", "STAKEHOLDER"),
    ];
    const needed: string[] = [];
    for (const actor of actors)
      for (const permission of all) {
        const withOwners = isAllowed(actor, permission, lane);
        const withoutOwners = isAllowed(actor, permission, { laneId: lane.laneId, laneOwnerIds: [] });
        if (!needsLaneOwners(actor, permission))
          expect(withoutOwners, `${JSON.stringify(actor)} ${permission}`).toBe(withOwners);
        else needed.push(`${actor.type === "USER" ? actor.role : actor.type}:${permission}`);
      }
    // Only lane owners' owner permissions read the owners; for the owner of this lane they decide.
    expect(new Set(needed.map((n) => n.split(":")[0]))).toEqual(new Set(["LANE_OWNER"]));
    for (const permission of all)
      if (needsLaneOwners(user("owner-a", "LANE_OWNER"), permission))
        expect(isAllowed(user("owner-a", "LANE_OWNER"), permission, lane)).toBe(true);
  });
});
