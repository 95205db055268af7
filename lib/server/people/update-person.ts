import "server-only";
import type { TUpdatePerson } from "@/lib/schemas/people";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError, notFound } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { assertVersion, writeVersioned } from "@/lib/server/mutations/stale-error";

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
  const found = await db.user.findUnique({ where: { id }, select: { name: true } });
  if (!found) throw notFound("The person");
  return runMutation(
    { db, actor, now },
    {
      permission: "people.manage",
      laneId: null,
      action: "person.update",
      summary: `${found.name} updated`,
      run: async (tx) => {
        // Read inside the transaction: the checks below and the version are about the row as it is now.
        const person = await tx.user.findUnique({
          where: { id },
          select: { id: true, name: true, role: true, deactivatedAt: true, version: true },
        });
        if (!person) throw notFound("The person");
        const version = assertVersion({ entity: "person", expectedVersion: input.version, row: person });
        const losesLead =
          person.role === "PLATFORM_LEAD" &&
          !person.deactivatedAt &&
          ((input.role && input.role !== "PLATFORM_LEAD") || input.active === false);
        if (losesLead) {
          // Serialised: two leads demoting each other at once must not both pass the count below.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('lanegate.platform-leads'))`;
          const leads = await tx.user.count({ where: { role: "PLATFORM_LEAD", deactivatedAt: null } });
          if (leads <= 1) {
            throw new AppError("LAST_PLATFORM_LEAD", `${person.name} is the last active platform lead.`, {
              fix: "Make someone else a platform lead first.",
            });
          }
        }
        const deactivatedAt =
          input.active === undefined ? person.deactivatedAt : input.active ? null : (person.deactivatedAt ?? now);
        const after = await writeVersioned({
          entity: "person",
          expectedVersion: version,
          write: () =>
            tx.user.updateMany({
              where: { id, version },
              data: { role: input.role ?? person.role, deactivatedAt, version: { increment: 1 } },
            }),
          read: () =>
            tx.user.findUniqueOrThrow({
              where: { id },
              select: { id: true, name: true, email: true, role: true, deactivatedAt: true, version: true },
            }),
        });
        if (deactivatedAt) await tx.session.deleteMany({ where: { userId: id } });
        return { result: after, entityType: "User", entityId: id, before: person, after };
      },
    },
  );
}
