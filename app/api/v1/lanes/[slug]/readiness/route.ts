import { NextResponse } from "next/server";
import { z } from "zod";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZLaneReadinessWithHistory } from "@/lib/schemas/readiness";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getLaneHistory } from "@/lib/server/lanes/get-lane-history";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";

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
    errors: ["NOT_FOUND"],
  },
  async ({ params, query }) => {
    const db = getDb();
    const body = await getLaneReadiness({ db, slug: params.slug, now: new Date() });
    const withHistory = query.history === "1" || query.history === "true";
    const history = withHistory ? (await getLaneHistory({ db, slug: params.slug })).entries : undefined;
    return NextResponse.json(history ? { ...body, history } : body, { headers: { "cache-control": "no-store" } });
  },
);
