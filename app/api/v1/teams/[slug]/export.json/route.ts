import { NextResponse } from "next/server";
import { ZSlugParams } from "@/lib/schemas/params";
import { ZTeamRollup } from "@/lib/schemas/team";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getTeamRollup } from "@/lib/server/teams/get-team-rollup";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "exportTeamJson",
    tag: "Exports",
    summary: "A team's roll-up as a JSON attachment",
    params: ZSlugParams,
    response: { status: 200, description: "A JSON attachment", schema: ZTeamRollup },
    errors: ["NOT_FOUND"],
  },
  async ({ params }) => {
    const now = new Date();
    return NextResponse.json(await getTeamRollup({ db: getDb(), slug: params.slug, now }), {
      headers: {
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="team-${params.slug}-${now.toISOString().slice(0, 10)}.json"`,
      },
    });
  },
);
