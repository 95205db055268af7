import "server-only";
import { z } from "zod";
import { summarizeReleases } from "@/lib/domain/readiness/summarize-releases";
import { ZFlag, ZReason, ZReleaseSummary } from "@/lib/schemas/readiness";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";
import { parseStored } from "@/lib/server/readiness/parse-stored";

const ZReasons = z.array(ZReason);
const ZFlags = z.array(ZFlag);
const ZReleaseSummaries = z.array(ZReleaseSummary);

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
  const laneBody = { slug: lane.slug, name: lane.name, stage: lane.stage };
  if (
    stored &&
    stored.releases !== null &&
    stored.evaluatedAt.getTime() <= now.getTime() &&
    (stored.nextDueAt === null || stored.nextDueAt.getTime() > now.getTime())
  ) {
    return {
      laneId: lane.id,
      version: stored.version,
      body: {
        lane: laneBody,
        evaluatedAt: stored.evaluatedAt.toISOString(),
        verdict: stored.verdict,
        streak: stored.streak,
        requiredStreak: stored.requiredStreak,
        reasons: parseStored(ZReasons, stored.reasons, "reasons"),
        warnings: parseStored(ZReasons, stored.warnings, "warnings"),
        flags: parseStored(ZFlags, stored.flags, "flags"),
        releases: parseStored(ZReleaseSummaries, stored.releases, "releases"),
      },
    };
  }
  const { evaluation } = await getLaneDetail({ db, id: lane.id, now });
  return {
    laneId: lane.id,
    version: null,
    body: {
      lane: laneBody,
      evaluatedAt: now.toISOString(),
      verdict: evaluation.verdict,
      streak: evaluation.streak,
      requiredStreak: evaluation.requiredStreak,
      reasons: evaluation.reasons,
      warnings: evaluation.warnings,
      flags: evaluation.flags,
      releases: summarizeReleases(evaluation.releases),
    },
  };
}

/** The readiness API's body alone (getLaneReadinessAnswer). */
export async function getLaneReadiness(input: { db: Db; slug: string; now: Date }) {
  return (await getLaneReadinessAnswer(input)).body;
}
