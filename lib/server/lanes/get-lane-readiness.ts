import "server-only";
import { summarizeReleases } from "@/lib/domain/readiness/summarize-releases";
import { ZLaneReadiness } from "@/lib/schemas/readiness";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";
import { parseStored } from "@/lib/server/readiness/parse-stored";

// The stored JSON columns are parsed with the API's own schema for those fields.
const { reasons: ZReasons, flags: ZFlags, releases: ZReleaseSummaries } = ZLaneReadiness.shape;

const storedSelect = {
  id: true,
  slug: true,
  name: true,
  stage: true,
  readinessRow: {
    select: {
      verdict: true,
      streak: true,
      requiredStreak: true,
      reasons: true,
      warnings: true,
      flags: true,
      releases: true,
      evaluatedAt: true,
      nextDueAt: true,
      version: true,
    },
  },
} as const;

/**
 * The readiness API's answer: the body a deployment pipeline asks for before it promotes a lane,
 * and the stored row's version it was read from (null when the answer was evaluated live).
 *
 * The lane's stored readiness (LaneReadiness) is the gate's answer for every instant from its
 * `evaluatedAt` until its `nextDueAt` (the first instant time alone can change it), because every
 * change to the lane rewrites it in the change's transaction: within that interval it is served as
 * stored, in one statement. Outside it (no row yet, a row stored before the release list was kept,
 * a due time the scheduler has not reached, or a `now` before the evaluation) the lane is
 * evaluated live, as the lane page always is.
 */
export async function getLaneReadinessAnswer({ db, slug, now }: { db: Db; slug: string; now: Date }) {
  const lane = await db.lane.findUnique({ where: { slug }, select: storedSelect });
  if (!lane) throw notFound(`Lane "${slug}"`);
  const stored = lane.readinessRow;
  const holds =
    stored !== null &&
    stored.releases !== null &&
    stored.evaluatedAt.getTime() <= now.getTime() &&
    (stored.nextDueAt === null || stored.nextDueAt.getTime() > now.getTime());
  const judged =
    stored && holds
      ? {
          evaluatedAt: stored.evaluatedAt,
          verdict: stored.verdict,
          streak: stored.streak,
          requiredStreak: stored.requiredStreak,
          reasons: parseStored(ZReasons, stored.reasons, "reasons"),
          warnings: parseStored(ZReasons, stored.warnings, "warnings"),
          flags: parseStored(ZFlags, stored.flags, "flags"),
          releases: parseStored(ZReleaseSummaries, stored.releases, "releases"),
        }
      : await getLaneDetail({ db, id: lane.id, now }).then(({ evaluation }) => ({
          evaluatedAt: now,
          verdict: evaluation.verdict,
          streak: evaluation.streak,
          requiredStreak: evaluation.requiredStreak,
          reasons: evaluation.reasons,
          warnings: evaluation.warnings,
          flags: evaluation.flags,
          releases: summarizeReleases(evaluation.releases),
        }));
  return {
    laneId: lane.id,
    version: stored && holds ? stored.version : null,
    body: {
      lane: { slug: lane.slug, name: lane.name, stage: lane.stage },
      ...judged,
      evaluatedAt: judged.evaluatedAt.toISOString(),
    },
  };
}

/** The readiness API's body alone (getLaneReadinessAnswer). */
export async function getLaneReadiness(input: { db: Db; slug: string; now: Date }) {
  return (await getLaneReadinessAnswer(input)).body;
}
