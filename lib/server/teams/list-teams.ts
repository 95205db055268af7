import "server-only";
import type { Db } from "@/lib/server/db-types";

/** Every team with its number of lanes, by name. */
export async function listTeams({ db }: { db: Db }) {
  const rows = await db.team.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, _count: { select: { lanes: true } } },
  });
  return { teams: rows.map((t) => ({ slug: t.slug, name: t.name, laneCount: t._count.lanes })) };
}
