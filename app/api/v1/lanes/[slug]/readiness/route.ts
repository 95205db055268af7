import { NextResponse } from "next/server";
import { z } from "zod";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZLaneReadinessWithHistory } from "@/lib/schemas/readiness";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getLaneHistory } from "@/lib/server/lanes/get-lane-history";
import { getLaneReadinessAnswer } from "@/lib/server/lanes/get-lane-readiness";
import { laneReadinessEtag, matchesEtag } from "@/lib/server/readiness/readiness-etags";

export const dynamic = "force-dynamic";

const ZReadinessQuery = z.object({
  history: z.enum(["0", "1", "true", "false"], { error: "Use history=1 to include the readiness history" }).optional(),
});

export const GET = withApi(
  {
    operationId: "getLaneReadiness",
    tag: "Readiness",
    summary: "The lane's readiness verdict (READY, HOLD or STOP), streak and every reason",
    params: ZSlugParams,
    query: ZReadinessQuery,
    response: { status: 200, description: "The lane's evaluation", schema: ZLaneReadinessWithHistory },
    notModified: "The lane's readiness has not changed since the ETag sent in If-None-Match",
    errors: ["NOT_FOUND"],
  },
  async ({ req, params, query }) => {
    const db = getDb();
    const withHistory = query.history === "1" || query.history === "true";
    // Served from the lane's stored readiness when it holds at this instant (one statement), with a
    // weak ETag from its version: a pipeline polling an unchanged lane gets a 304. The history names
    // people as they are named now, which no lane version follows: it is answered in full, untagged.
    const { body, version, laneId } = await getLaneReadinessAnswer({ db, slug: params.slug, now: new Date() });
    const etag = version === null || withHistory ? null : laneReadinessEtag({ laneId, version });
    const headers: Record<string, string> = { "cache-control": etag ? "private, no-cache" : "no-store" };
    if (etag) headers.etag = etag;
    if (etag && matchesEtag(req.headers.get("if-none-match"), etag)) {
      return new NextResponse(null, { status: 304, headers });
    }
    const history = withHistory ? (await getLaneHistory({ db, slug: params.slug })).entries : undefined;
    return NextResponse.json(history ? { ...body, history } : body, { headers });
  },
);
