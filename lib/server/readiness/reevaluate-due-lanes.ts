import "server-only";
import type { Db } from "@/lib/server/db-types";
import { loadEvaluatedLaneGates } from "@/lib/server/lanes/load-evaluated-lanes";
import { recordTimeDrivenChanges } from "@/lib/server/mutations/record-readiness-change";
import { storeLaneReadiness } from "@/lib/server/readiness/store-lane-readiness";

/**
 * One tick of the readiness scheduler. Lanes whose stored readiness is due (nextDueAt ≤ now) are
 * re-evaluated one transaction each: the row is locked with FOR UPDATE SKIP LOCKED and the due
 * condition checked again under the lock, so with several app instances (or a write to the lane
 * in flight) exactly one of them records each time-driven change; a lane another instance holds
 * is skipped and no longer due once it commits. Lanes with no stored row yet (created by SQL, or
 * before this table existed) get one, evaluated at `now`.
 */
export async function reevaluateDueLanes({ db, now, limit = 100 }: { db: Db; now: Date; limit?: number }) {
  const [due, missing] = await Promise.all([
    db.laneReadiness.findMany({
      where: { nextDueAt: { lte: now } },
      orderBy: { nextDueAt: "asc" },
      take: limit,
      select: { laneId: true },
    }),
    db.lane.findMany({ where: { readinessRow: null }, take: limit, select: { id: true } }),
  ]);
  let changes = 0;
  let reevaluated = 0;
  for (const { laneId } of due) {
    await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ laneId: string }[]>`
        SELECT "laneId" FROM "LaneReadiness"
        WHERE "laneId" = ${laneId} AND "nextDueAt" <= ${now}
        FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return;
      changes += await recordTimeDrivenChanges({ tx, laneId, now });
      reevaluated += 1;
    });
  }
  if (missing.length) await storeMissingReadiness({ db, laneIds: missing.map((l) => l.id), now });
  return { reevaluated, changes, stored: missing.length };
}

/**
 * Stores a readiness row for lanes that have none, evaluated at `now` (no history is written: a
 * lane's first history entry comes with its first change, as before rows were stored). Two
 * instances doing it at once write the same evaluation; the upsert keeps one row.
 */
export async function storeMissingReadiness({ db, laneIds, now }: { db: Db; laneIds: string[]; now: Date }) {
  const lanes = await loadEvaluatedLaneGates({ db, where: { id: { in: laneIds }, readinessRow: null }, now });
  for (const lane of lanes) {
    await db.$transaction((tx) => storeLaneReadiness({ tx, lane, now }));
  }
}
