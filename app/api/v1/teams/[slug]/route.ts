import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZTeamRollup } from "@/lib/schemas/team";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getTeamRollup } from "@/lib/server/teams/get-team-rollup";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "getTeamRollup",
    tag: "Teams",
    summary:
      "A team's roll-up: its lanes' verdicts and streaks, time from first deploy to READY, change failure rate, mean time to recover, incidents by severity",
    params: ZSlugParams,
    response: { status: 200, description: "The roll-up", schema: ZTeamRollup },
    errors: ["NOT_FOUND"],
  },
  async ({ params }) => NextResponse.json(await getTeamRollup({ db: getDb(), slug: params.slug, now: new Date() })),
);
