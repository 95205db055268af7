import "server-only";
import { evaluateLane } from "@/lib/domain/readiness/evaluate-lane";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { laneDataInclude } from "@/lib/server/lanes/lane-data-query";
import { toLaneData } from "@/lib/server/lanes/to-lane-data";

/** A lane's rows and its readiness evaluation; throws NOT_FOUND for an unknown slug. */
export async function getLaneDetail({ db, slug, now }: { db: Db; slug: string; now: Date }) {
  const row = await db.lane.findUnique({ where: { slug }, include: laneDataInclude });
  if (!row) throw notFound(`Lane "${slug}"`);
  const data = toLaneData(row);
  return { row, data, evaluation: evaluateLane({ lane: data, now }) };
}

export type LaneDetail = Awaited<ReturnType<typeof getLaneDetail>>;
