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

/** Lanes whose full data one request holds at a time in mapEvaluatedLanes. */
export const EVALUATION_BATCH = 50;

/**
 * Every lane matching `where`, loaded and evaluated `batchSize` at a time and reduced by `map` before
 * the next batch is loaded, in name order: for the pages that boil each lane down to a few numbers
 * (team roll-ups, one KPI across lanes, the one-lane rule). A request then holds one batch of full
 * lanes in memory, not all of them: at 500 lanes × 24 releases a whole load took ~60 MB of heap per
 * request, and a dozen such requests at once exhausted the server's heap. One id query plus one
 * load per batch.
 */
export async function mapEvaluatedLanes<T>({
  db,
  where,
  now,
  map,
  batchSize = EVALUATION_BATCH,
}: {
  db: Db | Tx;
  where?: Prisma.LaneWhereInput;
  now: Date;
  map: (lane: EvaluatedLane) => T;
  batchSize?: number;
}): Promise<T[]> {
  const ids = await db.lane.findMany({ where, select: { id: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize).map((l) => l.id);
    const lanes = await loadEvaluatedLanes({ db, where: { id: { in: batch } }, now });
    const byId = new Map(lanes.map((l) => [l.row.id, l]));
    for (const id of batch) {
      const lane = byId.get(id);
      if (lane) out.push(map(lane));
    }
  }
  return out;
}

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
