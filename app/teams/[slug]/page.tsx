import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseTeamLaneSort } from "@/lib/domain/teams/sort-team-lanes";
import { requireViewer } from "@/lib/server/auth/get-viewer";
import { getDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getTeamRollup } from "@/lib/server/teams/get-team-rollup";
import { TeamRollupView } from "@/components/teams/team-rollup-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Team" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TeamPage({ params, searchParams }: Props) {
  await requireViewer();
  const { slug } = await params;
  const sortParam = (await searchParams).sort;
  const sort = parseTeamLaneSort(Array.isArray(sortParam) ? sortParam[0] : sortParam);
  const rollup = await getTeamRollup({ db: getDb(), slug, now: new Date() }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const exportBase = `/api/v1/teams/${rollup.team.slug}/export`;
  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/teams" className="hover:underline">
          Teams
        </Link>{" "}
        <span aria-hidden>/</span> {rollup.team.name}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{rollup.team.name}</h1>
        <div className="ml-auto flex gap-2 text-sm">
          <a
            href={`${exportBase}.csv`}
            download
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50"
          >
            Export CSV
          </a>
          <a
            href={`${exportBase}.json`}
            download
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50"
          >
            Export JSON
          </a>
        </div>
      </div>
      <p className="max-w-3xl text-sm text-slate-600">
        The team&apos;s lanes rolled up in the spirit of DORA&apos;s Four Keys: how long a lane takes from its first
        deployment to READY, how many closed releases were unstable, and how fast incidents are resolved.
      </p>
      <TeamRollupView rollup={rollup} sort={sort} />
    </div>
  );
}
