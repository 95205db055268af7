import "server-only";
import type { Db } from "@/lib/server/db-types";

export type PersonRow = Awaited<ReturnType<typeof listPeople>>["people"][number];

/** Everyone with an account, and invitations not yet accepted (for the People page). */
export async function listPeople({ db, now = new Date() }: { db: Db; now?: Date }) {
  const [people, invitations] = await Promise.all([
    db.user.findMany({
      orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      select: { id: true, name: true, email: true, role: true, team: true, deactivatedAt: true, version: true },
    }),
    db.invitation.findMany({
      where: { acceptedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
  ]);
  return { people, invitations };
}
