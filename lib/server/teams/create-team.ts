import "server-only";
import type { TCreateTeam } from "@/lib/schemas/team";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/** Creates a team (platform lead); lanes then pick it. Slug and name are each unique. */
export async function createTeam({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: TCreateTeam;
  now?: Date;
}) {
  return runMutation(
    { db, actor, now },
    {
      permission: "team.manage",
      laneId: null,
      action: "team.create",
      summary: `Team ${input.name} created`,
      run: async (tx) => {
        const taken = await tx.team.findFirst({
          where: { OR: [{ slug: input.slug }, { name: { equals: input.name, mode: "insensitive" } }] },
          select: { slug: true },
        });
        if (taken)
          throw new AppError(
            "TEAM_EXISTS",
            `A team with the slug "${input.slug}" or the name "${input.name}" exists.`,
            {
              params: [
                taken.slug === input.slug
                  ? { pointer: "/slug", message: "This slug is taken by another team" }
                  : { pointer: "/name", message: "Another team has this name" },
              ],
            },
          );
        const team = await tx.team.create({ data: { ...input, createdAt: now } });
        return {
          result: { slug: team.slug, name: team.name, laneCount: 0, createdAt: team.createdAt.toISOString() },
          entityType: "Team",
          entityId: team.id,
          after: { slug: team.slug, name: team.name },
        };
      },
    },
  );
}
