import { NextResponse } from "next/server";
import { teamRollupToCsv } from "@/lib/domain/teams/team-rollup-to-csv";
import { ZSlugParams } from "@/lib/schemas/params";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { getTeamRollup } from "@/lib/server/teams/get-team-rollup";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "exportTeamCsv",
    tag: "Exports",
    summary: "A team's roll-up as CSV: a row per lane and the team's total row",
    params: ZSlugParams,
    response: { status: 200, description: "A CSV attachment", contentType: "text/csv" },
    errors: ["NOT_FOUND"],
  },
  async ({ params }) => {
    const now = new Date();
    const csv = teamRollupToCsv(await getTeamRollup({ db: getDb(), slug: params.slug, now }));
    // The BOM makes Excel read the file as UTF-8.
    return new NextResponse(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="team-${params.slug}-${now.toISOString().slice(0, 10)}.csv"`,
      },
    });
  },
);
