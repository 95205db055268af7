import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/server/db-types";
import { reevaluateDueLanes } from "@/lib/server/readiness/reevaluate-due-lanes";

interface VersionRow {
  lanes: number;
  stored: number;
  due: number;
  versions: bigint;
  updated: Date | null;
}

async function readVersion(db: Db, now: Date): Promise<VersionRow> {
  const [row] = await db.$queryRaw<VersionRow[]>`
    SELECT (SELECT count(*)::int FROM "Lane") AS lanes,
           count(*)::int AS stored,
           (count(*) FILTER (WHERE "nextDueAt" <= ${now}))::int AS due,
           coalesce(sum(version), 0)::bigint AS versions,
           max("updatedAt") AS updated
    FROM "LaneReadiness"`;
  return row ?? { lanes: 0, stored: 0, due: 0, versions: 0n, updated: null };
}

/**
 * Makes the stored readiness current as of `now` (lanes without a row get one; lanes past their
 * due time are re-evaluated and their time-driven changes recorded, as the scheduler would) and
 * returns the overview's version: it changes whenever any lane's stored readiness was written
 * (every change to a lane bumps its row's version), a lane was added or removed, or the UTC day
 * turned (lanes by verdict per day). One statement when nothing is missing or due.
 */
export async function refreshStoredReadiness({ db, now }: { db: Db; now: Date }): Promise<string> {
  let row = await readVersion(db, now);
  if (row.due > 0 || row.stored !== row.lanes) {
    await reevaluateDueLanes({ db, now, limit: 10_000 });
    row = await readVersion(db, now);
  }
  const basis = [row.lanes, row.stored, row.versions, row.updated?.getTime() ?? 0, now.toISOString().slice(0, 10)];
  return createHash("sha256").update(basis.join(":")).digest("base64url").slice(0, 27);
}
