import { NextResponse } from "next/server";
import { ZCreatedLane, ZCreateLane } from "@/lib/schemas/lane";
import { ZOverviewQuery, ZReadinessOverview } from "@/lib/schemas/readiness";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createLane } from "@/lib/server/lanes/create-lane";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";
import { refreshStoredReadiness } from "@/lib/server/readiness/get-overview-version";
import { matchesEtag, overviewEtag } from "@/lib/server/readiness/readiness-etags";

/** The readiness overview the home page polls: stored rows, filtered and paged; 304 when unchanged. */
export const GET = withApi(
  {
    operationId: "getReadinessOverview",
    tag: "Readiness",
    summary: "One page of the lanes' readiness, the counts and the one-lane rule",
    description:
      "Filtered (verdict, stage, team, q), sorted (sort, order) and paged (page, pageSize ≤ 100) on the server. " +
      "The answer has an ETag: send it back as If-None-Match and an unchanged overview answers 304.",
    query: ZOverviewQuery,
    response: { status: 200, description: "One page of the lanes' readiness", schema: ZReadinessOverview },
    notModified: "Nothing changed since the ETag sent in If-None-Match",
  },
  async ({ req, query }) => {
    const db = getDb();
    const now = new Date();
    const etag = overviewEtag({ version: await refreshStoredReadiness({ db, now }), query });
    const headers = { etag, "cache-control": "private, no-cache" };
    if (matchesEtag(req.headers.get("if-none-match"), etag)) return new NextResponse(null, { status: 304, headers });
    const overview = await getReadinessOverview({ db, now, query, refreshed: true });
    return NextResponse.json(overview, { headers });
  },
);

export const POST = withApi(
  {
    operationId: "createLane",
    tag: "Lanes",
    summary: "Create a lane with its first KPI target version",
    body: ZCreateLane,
    response: { status: 201, description: "The created lane", schema: ZCreatedLane },
    errors: ["SLUG_TAKEN", "UNKNOWN_TEAM"],
  },
  async ({ body, actor }) => {
    const lane = await createLane({ db: getDb(), actor, input: body });
    return NextResponse.json(lane, { headers: { location: `/api/v1/lanes/${lane.slug}` }, status: 201 });
  },
);
