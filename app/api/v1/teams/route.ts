import { NextResponse } from "next/server";
import { ZCreatedTeam, ZCreateTeam, ZTeamList } from "@/lib/schemas/team";
import { withApi } from "@/lib/server/api/with-api";
import { getDb } from "@/lib/server/db";
import { createTeam } from "@/lib/server/teams/create-team";
import { listTeams } from "@/lib/server/teams/list-teams";

export const dynamic = "force-dynamic";

export const GET = withApi(
  {
    operationId: "listTeams",
    tag: "Teams",
    summary: "Every team and how many lanes it owns",
    response: { status: 200, description: "The teams, by name", schema: ZTeamList },
  },
  async () => NextResponse.json(await listTeams({ db: getDb() })),
);

export const POST = withApi(
  {
    operationId: "createTeam",
    tag: "Teams",
    summary: "Create a team that lanes can belong to (platform lead)",
    body: ZCreateTeam,
    response: { status: 201, description: "The team", schema: ZCreatedTeam },
    errors: ["TEAM_EXISTS"],
  },
  async ({ body, actor }) => {
    const team = await createTeam({ db: getDb(), actor, input: body });
    return NextResponse.json(team, { status: 201, headers: { location: `/api/v1/teams/${team.slug}` } });
  },
);
