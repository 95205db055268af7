import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { DEFAULT_POLICY } from "@/lib/domain/readiness/constants";
import type { Actor } from "@/lib/server/auth/actor";
import { createLane } from "@/lib/server/lanes/create-lane";
import { createTeam } from "@/lib/server/teams/create-team";
import { getTeamRollup } from "@/lib/server/teams/get-team-rollup";

const { db } = createTestDb();
const system: Actor = { type: "SYSTEM", label: "test" };
afterAll(async () => {
  await db.$disconnect();
});

describe("teams", () => {
  it("creates a team once: a second slug or name is refused on its field", async () => {
    const slug = uniqueSlug("team");
    await createTeam({ db, actor: system, input: { slug, name: `Team ${slug}` } });
    await expect(createTeam({ db, actor: system, input: { slug, name: "Other" } })).rejects.toMatchObject({
      code: "TEAM_EXISTS",
      details: { params: [{ pointer: "/slug" }] },
    });
    await expect(
      createTeam({ db, actor: system, input: { slug: uniqueSlug("x"), name: `TEAM ${slug}` } }),
    ).rejects.toMatchObject({ code: "TEAM_EXISTS", details: { params: [{ pointer: "/name" }] } });
  });

  it("a lane names an existing team; the team's roll-up lists it", async () => {
    const team = uniqueSlug("team");
    await createTeam({ db, actor: system, input: { slug: team, name: `Team ${team}` } });
    const lane = { slug: uniqueSlug("lane"), name: "Teamed", workload: "w", engineVersion: "53", ...DEFAULT_POLICY };
    await expect(createLane({ db, actor: system, input: { ...lane, team: "no-such-team" } })).rejects.toMatchObject({
      code: "UNKNOWN_TEAM",
      details: { params: [{ pointer: "/team" }] },
    });
    const created = await createLane({ db, actor: system, input: { ...lane, team } });
    expect(created).toMatchObject({ team, owningTeam: `Team ${team}` });
    const rollup = await getTeamRollup({ db, slug: team, now: new Date() });
    expect(rollup.lanes.map((l) => [l.slug, l.verdict, l.timeToReadySeconds])).toEqual([[lane.slug, "HOLD", null]]);
    expect(rollup).toMatchObject({ verdicts: { READY: 0, HOLD: 1, STOP: 0 }, changeFailure: { rate: null } });
    await expect(getTeamRollup({ db, slug: "no-such-team", now: new Date() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
