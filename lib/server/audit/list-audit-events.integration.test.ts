import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { ZAuditQuery } from "@/lib/schemas/audit";

const { db } = createTestDb();

// Every label carries this run's tag, so other tests' events never match.
const tag = `esc${Math.random().toString(36).slice(2, 8)}`;
const event = (actorLabel: string, action: string) => ({
  actorType: "SYSTEM" as const,
  actorLabel: `${tag} ${actorLabel}`,
  action: `${tag}.${action}`,
  entityType: "Lane",
  entityId: "x",
});

const find = async (filters: Record<string, string>) => {
  const { events } = await listAuditEvents({ db, query: ZAuditQuery.parse(filters) });
  return events.map((e) => e.actorLabel.slice(tag.length + 1)).sort();
};

describe("audit filters match text literally", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("treats _ and % in the actor and action filters as themselves, not as wildcards", async () => {
    await db.auditEvent.createMany({
      data: [
        event("Priya Raman", "lane.update"),
        event("P_iya bot", "lane_update"),
        event("100% sure", "lane%update"),
        event("back\\slash", "lanexupdate"),
      ],
    });
    expect(await find({ actor: `${tag} P_iya` })).toEqual(["P_iya bot"]);
    expect(await find({ actor: `${tag} p_IYA` })).toEqual(["P_iya bot"]);
    expect(await find({ actor: "% sure" })).toEqual(["100% sure"]);
    expect(await find({ actor: `${tag} %` })).toEqual([]);
    expect(await find({ actor: "back\\slash" })).toEqual(["back\\slash"]);
    expect(await find({ actor: tag })).toHaveLength(4);
    expect(await find({ action: `${tag}.lane_` })).toEqual(["P_iya bot"]);
    expect(await find({ action: `${tag}.lane_update` })).toEqual(["P_iya bot"]);
    expect(await find({ action: `${tag}.lane%` })).toEqual(["100% sure"]);
    expect(await find({ action: `${tag}.lane.` })).toEqual(["Priya Raman"]);
  });
});
