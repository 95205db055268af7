import "server-only";
import type { TUpdatePerson } from "@/lib/schemas/people";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/**
 * A platform lead changes someone's role or (de)activates them. Deactivation ends their sessions
 * at once; their tokens stop working (authenticate checks the creator). The last active platform
 * lead cannot be demoted or deactivated, so the organisation never locks itself out.
 */
export async function updatePerson({
  db,
  actor,
  id,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: TUpdatePerson;
  now?: Date;
}) {
  const person = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, role: true, deactivatedAt: true },
  });
  if (!person) throw notFound("The person");
  return runMutation(
    { db, actor, now },
    {
      permission: "people.manage",
      laneId: null,
      action: "person.update",
      summary: `${person.name} updated`,
      run: async (tx) => {
        const losesLead =
          person.role === "PLATFORM_LEAD" &&
          !person.deactivatedAt &&
          ((input.role && input.role !== "PLATFORM_LEAD") || input.active === false);
        if (losesLead) {
          const leads = await tx.user.count({ where: { role: "PLATFORM_LEAD", deactivatedAt: null } });
          if (leads <= 1) {
            throw new AppError("LAST_PLATFORM_LEAD", `${person.name} is the last active platform lead.`, {
              fix: "Make someone else a platform lead first.",
            });
          }
        }
        const deactivatedAt =
          input.active === undefined ? person.deactivatedAt : input.active ? null : (person.deactivatedAt ?? now);
        const after = await tx.user.update({
          where: { id },
          data: { role: input.role ?? person.role, deactivatedAt },
          select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
        });
        if (deactivatedAt) await tx.session.deleteMany({ where: { userId: id } });
        return { result: after, entityType: "User", entityId: id, before: person, after };
      },
    },
  );
}
