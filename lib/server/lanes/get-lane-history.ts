import "server-only";
import { describeReadinessHistory } from "@/lib/domain/trends/describe-readiness-change";
import type { ReadinessChangeEntry } from "@/lib/domain/trends/history-types";
import type { Db } from "@/lib/server/db-types";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";

/** A lane's readiness-history rows as the domain reads them, oldest first. */
export async function loadReadinessHistory({
  db,
  laneIds,
}: {
  db: Db;
  laneIds?: string[];
}): Promise<ReadinessChangeEntry[]> {
  return db.readinessChange.findMany({
    where: laneIds ? { laneId: { in: laneIds } } : {},
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      id: true,
      laneId: true,
      at: true,
      verdict: true,
      streak: true,
      reasonCodes: true,
      flagCodes: true,
      cause: true,
    },
  });
}

/** The lane's readiness timeline, newest first: what changed and the event that caused it. */
export async function getLaneHistory({ db, slug }: { db: Db; slug: string }) {
  const lane = await getLaneIdOrThrow({ db, slug });
  const history = await loadReadinessHistory({ db, laneIds: [lane.id] });
  return { history, entries: describeReadinessHistory({ history }) };
}
