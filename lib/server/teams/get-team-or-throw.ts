import "server-only";
import type { Tx } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";

/** The team a lane form picked, or UNKNOWN_TEAM on its field. */
export async function getTeamOrThrow({
  tx,
  slug,
}: {
  tx: Tx;
  slug: string;
}): Promise<{ id: string; slug: string; name: string }> {
  const team = await tx.team.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!team)
    throw new AppError("UNKNOWN_TEAM", `There is no team "${slug}".`, {
      params: [{ pointer: "/team", message: "Pick one of the listed teams" }],
    });
  return team;
}
