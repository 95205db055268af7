import "server-only";
import type { TAssignOwner } from "@/lib/schemas/owner";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/**
 * Assigns or replaces a lane's planner or executor owner: the current assignment ends now and a
 * new one starts, so the history always says who held the role when, who assigned them and why.
 */
export async function assignOwner({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TAssignOwner;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  const role = input.role.toLowerCase();
  return runMutation(
    { db, actor, now },
    {
      permission: "owner.assign",
      laneId: lane.id,
      action: "owner.assign",
      summary: `${role.charAt(0).toUpperCase()}${role.slice(1)} owner of ${lane.name} assigned`,
      run: async (tx) => {
        // Serialised per lane: two assignments racing must not both end the same owner and leave
        // two current owners of one role; the later one replaces the earlier, both stay in history.
        await tx.$queryRaw`SELECT id FROM "Lane" WHERE id = ${lane.id} FOR UPDATE`;
        const user = await tx.user.findUnique({
          where: { id: input.userId },
          select: { id: true, name: true, deactivatedAt: true },
        });
        if (!user || user.deactivatedAt) {
          throw new AppError("USER_NOT_FOUND", "That person does not exist or has been deactivated.", {
            fix: "Pick an active person from the list.",
            params: [{ pointer: "/userId", message: "Pick an active person" }],
          });
        }
        const current = await tx.ownerAssignment.findFirst({
          where: { laneId: lane.id, role: input.role, endedAt: null },
          include: { user: { select: { name: true } } },
        });
        if (current?.userId === user.id) {
          throw new AppError("OWNER_UNCHANGED", `${user.name} already is the ${role} owner of ${lane.name}.`, {
            fix: "Pick a different person to replace them.",
            params: [{ pointer: "/userId", message: `${user.name} already holds this role` }],
          });
        }
        if (current) await tx.ownerAssignment.update({ where: { id: current.id }, data: { endedAt: now } });
        const assignment = await tx.ownerAssignment.create({
          data: {
            laneId: lane.id,
            role: input.role,
            userId: user.id,
            assignedById: actor.type === "USER" ? actor.userId : null,
            reason: input.reason,
            assignedAt: now,
          },
        });
        return {
          result: { ...assignment, userName: user.name },
          entityType: "OwnerAssignment",
          entityId: assignment.id,
          before: current
            ? { role: input.role, userId: current.userId, name: current.user.name, assignedAt: current.assignedAt }
            : null,
          after: { role: input.role, userId: user.id, name: user.name, reason: input.reason },
        };
      },
    },
  );
}
