import "server-only";
import type { Db } from "@/lib/server/db-types";

/** People who can hold a lane role, for the owner picker. */
export async function listActivePeople({ db }: { db: Db }) {
  return db.user.findMany({
    where: { deactivatedAt: null, role: { in: ["LANE_OWNER", "PLATFORM_LEAD"] } },
    select: { id: true, name: true, team: true },
    orderBy: { name: "asc" },
  });
}
