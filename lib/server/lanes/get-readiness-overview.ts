import "server-only";
import { type LaneFilter, type LaneKey, selectOverviewPage } from "@/lib/domain/overview/filter-lanes";
import type { LaneSummary } from "@/lib/domain/overview/filter-lanes";
import { evaluateOrgRule } from "@/lib/domain/readiness/evaluate-org-rule";
import { buildVerdictSeries } from "@/lib/domain/trends/build-verdict-series";
import { ZLaneReadiness, ZLanePlanChange, ZMainKpi, type TOverviewQuery } from "@/lib/schemas/readiness";
import type { Db } from "@/lib/server/db-types";
import { refreshStoredReadiness } from "@/lib/server/readiness/get-overview-version";
import { parseStored } from "@/lib/server/readiness/parse-stored";

const { reasons: ZReasons, flags: ZFlags } = ZLaneReadiness.shape;

export const ALL_LANES: TOverviewQuery = { sort: "name", order: "asc", page: 1, pageSize: Number.MAX_SAFE_INTEGER };

/**
 * The readiness overview from the lanes' stored readiness (LaneReadiness), never evaluating a lane
 * unless its row is missing or due (then it is re-evaluated and stored first). Filtering, sorting and
 * paging run on a narrow row per lane; only the page's lanes are loaded in full. Four statements
 * whatever the number of lanes: the version check, the narrow rows, the page, the history.
 */
export async function getReadinessOverview({
  db,
  now,
  query = ALL_LANES,
  refreshed = false,
}: {
  db: Db;
  now: Date;
  query?: TOverviewQuery;
  /** The caller made the stored readiness current already (refreshStoredReadiness, for its ETag). */
  refreshed?: boolean;
}) {
  if (!refreshed) await refreshStoredReadiness({ db, now });
  const [keys, history] = await Promise.all([
    db.laneReadiness.findMany({
      select: {
        laneId: true,
        verdict: true,
        streak: true,
        flags: true,
        planChanges: true,
        lane: { select: { slug: true, name: true, stage: true, team: { select: { slug: true, name: true } } } },
      },
    }),
    db.readinessChange.findMany({
      select: { laneId: true, at: true, verdict: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
  ]);
  const rows: (LaneKey & { laneId: string })[] = keys.map((k) => ({
    laneId: k.laneId,
    slug: k.lane.slug,
    name: k.lane.name,
    owningTeam: k.lane.team.name,
    teamSlug: k.lane.team.slug,
    stage: k.lane.stage,
    verdict: k.verdict,
    streak: k.streak,
  }));
  const filter: LaneFilter = {
    verdict: query.verdict ?? null,
    stage: query.stage ?? null,
    team: query.team ?? null,
    search: query.q ?? null,
    sort: query.sort,
    descending: query.order === "desc",
  };
  const page = selectOverviewPage(rows, filter, { page: query.page, pageSize: query.pageSize });
  const details = await db.laneReadiness.findMany({
    where: { laneId: { in: page.rows.map((r) => r.laneId) } },
    select: {
      laneId: true,
      requiredStreak: true,
      reasons: true,
      flags: true,
      sparkline: true,
      lane: {
        select: {
          assignments: { where: { endedAt: null }, select: { role: true, user: { select: { name: true } } } },
        },
      },
    },
  });
  const byId = new Map(details.map((d) => [d.laneId, d]));
  const lanes: LaneSummary[] = page.rows.flatMap((r) => {
    const d = byId.get(r.laneId);
    if (!d) return [];
    const reasons = parseStored(ZReasons, d.reasons, "reasons");
    const owner = (role: "PLANNER" | "EXECUTOR") => d.lane.assignments.find((a) => a.role === role)?.user.name ?? null;
    const { laneId: _laneId, ...key } = r;
    return [
      {
        ...key,
        plannerOwner: owner("PLANNER"),
        executorOwner: owner("EXECUTOR"),
        requiredStreak: d.requiredStreak,
        topReason: reasons[0] ?? null,
        reasonCount: reasons.length,
        flags: parseStored(ZFlags, d.flags, "flags"),
        mainKpi: parseStored(ZMainKpi.nullable(), d.sparkline, "sparkline"),
      },
    ];
  });
  const orgRule = evaluateOrgRule({
    lanes: keys.map((k) => ({
      slug: k.lane.slug,
      name: k.lane.name,
      stage: k.lane.stage,
      verdict: k.verdict,
      oneLaneOverride: parseStored(ZFlags, k.flags, "flags").some((f) => f.code === "ONE_LANE_RULE_OVERRIDDEN"),
    })),
  });
  const named = new Set([...orgRule.lanesAtCanaryOrBeyond, ...orgRule.overriddenSlugs]);
  const planChanges = keys
    .flatMap((k) => {
      const change = parseStored(ZLanePlanChange.nullable(), k.planChanges, "plan changes");
      // The lane's current name and slug, whatever they were when its plans were compared.
      return change ? [{ ...change, slug: k.lane.slug, name: k.lane.name }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    lanes,
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    pageCount: page.pageCount,
    counts: page.counts,
    laneCount: keys.length,
    orgRule,
    orgRuleLanes: keys.filter((k) => named.has(k.lane.slug)).map((k) => ({ slug: k.lane.slug, name: k.lane.name })),
    planChanges,
    verdictsByDay: buildVerdictSeries({ history, now }),
  };
}
