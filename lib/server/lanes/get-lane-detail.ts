import "server-only";
import type { Db, Tx } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { loadEvaluatedLanes, type EvaluatedLane } from "@/lib/server/lanes/load-evaluated-lanes";

/** One lane's rows and its readiness evaluation, by slug or id; throws NOT_FOUND for an unknown lane. */
export async function getLaneDetail({
  db,
  now,
  ...lane
}: { db: Db | Tx; now: Date } & ({ slug: string } | { id: string })): Promise<EvaluatedLane> {
  const [detail] = await loadEvaluatedLanes({ db, where: lane, now });
  if (!detail) throw notFound("slug" in lane ? `Lane "${lane.slug}"` : "The lane");
  return detail;
}

export type LaneDetail = EvaluatedLane;
