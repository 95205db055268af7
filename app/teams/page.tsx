import type { Metadata } from "next";
import { parseTeamSort } from "@/lib/domain/teams/sort-teams";
import { requireViewer, viewerCan } from "@/lib/server/auth/get-viewer";
import { getDb } from "@/lib/server/db";
import { getTeamsOverview } from "@/lib/server/teams/get-teams-overview";
import { NewTeamForm } from "@/components/teams/team-form";
import { TeamsList } from "@/components/teams/teams-list";
import { Card } from "@/components/ui/card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Teams" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const sortParam = (await searchParams).sort;
  const sort = parseTeamSort(Array.isArray(sortParam) ? sortParam[0] : sortParam);
  const teams = await getTeamsOverview({ db: getDb(), now: new Date() });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Teams</h1>
      <p className="text-sm text-slate-600">
        Every lane belongs to a team. Open a team for its roll-up: verdicts and streaks, time from first deployment to
        READY, change failure rate and time to recover.
      </p>
      <TeamsList teams={teams} sort={sort} />
      {viewerCan(viewer, "team.manage") ? (
        <Card title="Add a team">
          <NewTeamForm />
        </Card>
      ) : null}
    </div>
  );
}
