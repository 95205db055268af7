import "server-only";
import { evaluateLane } from "@/lib/domain/readiness/evaluate-lane";
import type { Tx } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { laneDataInclude } from "@/lib/server/lanes/lane-data-query";
import { toLaneData } from "@/lib/server/lanes/to-lane-data";

/** A lane's readiness as the transaction sees it, so a gate is judged on the data it commits with. */
export async function evaluateLaneInTx({ tx, laneId, now }: { tx: Tx; laneId: string; now: Date }) {
  const row = await tx.lane.findUnique({ where: { id: laneId }, include: laneDataInclude });
  if (!row) throw notFound("The lane");
  return { row, evaluation: evaluateLane({ lane: toLaneData(row), now }) };
}
