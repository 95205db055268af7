import "server-only";
import type { Db } from "@/lib/server/db-types";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";

/** The readiness API's body: what a deployment pipeline asks before it promotes a lane. */
export async function getLaneReadiness({ db, slug, now }: { db: Db; slug: string; now: Date }) {
  const { row, evaluation } = await getLaneDetail({ db, slug, now });
  return {
    lane: { slug: row.slug, name: row.name, stage: row.stage },
    evaluatedAt: now.toISOString(),
    verdict: evaluation.verdict,
    streak: evaluation.streak,
    requiredStreak: evaluation.requiredStreak,
    reasons: evaluation.reasons,
    warnings: evaluation.warnings,
    flags: evaluation.flags,
    releases: evaluation.releases.map((r) => ({
      id: r.releaseId,
      versionLabel: r.versionLabel,
      status: r.status,
      targetVersion: r.targetVersion,
      reasons: r.reasons.map((reason) => reason.code),
    })),
  };
}
