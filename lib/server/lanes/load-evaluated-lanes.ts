import "server-only";
import { evaluateLane } from "@/lib/domain/readiness/evaluate-lane";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db-types";
import { laneDataInclude, laneGateSelect } from "@/lib/server/lanes/lane-data-query";
import { type LaneGateInput, toLaneData } from "@/lib/server/lanes/to-lane-data";

function evaluateRow<R extends LaneGateInput>(row: R, now: Date) {
  const data = toLaneData(row);
  return { row, data, evaluation: evaluateLane({ lane: data, now }) };
}

/**
 * Lanes with everything the gate reads, mapped and evaluated at `now`: the one way to load a lane
 * and judge it, outside a transaction (pages, the API) or inside one (a gate judged on the data
 * it commits with). Prisma loads each relation with one query over all the lanes.
 */
export async function loadEvaluatedLanes({
  db,
  where,
  now,
}: {
  db: Db | Tx;
  where?: Prisma.LaneWhereInput;
  now: Date;
}) {
  const rows = await db.lane.findMany({
    where,
    include: laneDataInclude,
    orderBy: { name: "asc" },
    relationLoadStrategy: "query",
  });
  return rows.map((row) => evaluateRow(row, now));
}

export type EvaluatedLane = Awaited<ReturnType<typeof loadEvaluatedLanes>>[number];

/**
 * The same load and evaluation with the narrow gate select (lane-data-query.ts) in one statement per
 * call: what a write's transaction and the scheduler read to store the lane's readiness.
 */
export async function loadEvaluatedLaneGates({
  db,
  where,
  now,
}: {
  db: Db | Tx;
  where?: Prisma.LaneWhereInput;
  now: Date;
}) {
  const rows = await db.lane.findMany({ where, select: laneGateSelect, relationLoadStrategy: "join" });
  return rows.map((row) => evaluateRow(row, now));
}

export type EvaluatedLaneGate = Awaited<ReturnType<typeof loadEvaluatedLaneGates>>[number];
