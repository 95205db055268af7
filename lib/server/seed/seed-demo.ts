import "server-only";
import type { Db } from "@/lib/server/db-types";
import type { Actor } from "@/lib/server/auth/actor";
import { DEMO_PEOPLE, type PersonKey } from "@/lib/server/seed/demo-people";
import { DEMO_LANES } from "@/lib/server/seed/demo-lanes";
import { buildDemoSteps } from "@/lib/server/seed/build-demo-steps";
import { slugifyTeamName } from "@/lib/domain/teams/slugify-team-name";
import { createTeam } from "@/lib/server/teams/create-team";

const DAY_MS = 86_400_000;

/**
 * Loads the demo organisation through the same use cases the API calls, step by step in
 * historical order, each with its own historical `now` and the demo person who did it as the
 * actor: the demo lanes come with a real audit trail and readiness history.
 *
 * Idempotent: people are upserted by email and a lane whose slug already exists is left as it is,
 * so a second run changes nothing and never loses user edits.
 */
export async function seedDemo({
  db,
  now,
}: {
  db: Db;
  now: Date;
}): Promise<{ createdLanes: string[]; skippedLanes: string[] }> {
  const people = new Map<PersonKey, Actor & { type: "USER" }>();
  for (const p of DEMO_PEOPLE) {
    const user = await db.user.upsert({
      where: { email: p.email },
      update: {},
      create: { name: p.name, email: p.email, role: p.role, team: p.team, emailVerified: true },
      select: { id: true, name: true, role: true },
    });
    people.set(p.key, { type: "USER", userId: user.id, name: user.name, role: user.role });
  }
  const person = (key: PersonKey) => {
    const found = people.get(key);
    if (!found) throw new Error(`Demo person ${key} is missing`);
    return found;
  };

  // The owning teams come first, created by the platform lead before the oldest lane.
  const oldest = Math.max(...DEMO_LANES.map((l) => l.createdDaysAgo)) + 1;
  const teamsExisting = new Set((await db.team.findMany({ select: { slug: true } })).map((t) => t.slug));
  for (const name of new Set(DEMO_LANES.map((l) => l.owningTeam))) {
    const slug = slugifyTeamName(name);
    if (teamsExisting.has(slug)) continue;
    await createTeam({
      db,
      actor: person("priya"),
      input: { slug, name },
      now: new Date(now.getTime() - oldest * DAY_MS),
    });
  }

  const existing = new Set((await db.lane.findMany({ select: { slug: true } })).map((l) => l.slug));
  const createdLanes: string[] = [];
  const skippedLanes: string[] = [];
  const steps: { at: Date; run: () => Promise<void> }[] = [];
  for (const spec of DEMO_LANES) {
    if (existing.has(spec.slug)) {
      skippedLanes.push(spec.slug);
      continue;
    }
    const state = { laneId: "", releaseIds: new Map<string, string>() };
    for (const step of buildDemoSteps({ spec, now, person }))
      steps.push({ at: step.at, run: () => step.run({ db, state }) });
    createdLanes.push(spec.slug);
  }
  // Every lane's steps in one timeline, oldest first (stable: a lane's steps at one instant keep
  // their order), so audit ids grow with time and the trail reads newest first by id as by time.
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const step of steps) await step.run();
  return { createdLanes, skippedLanes };
}
