import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanTree } from "@/components/plans/plan-tree";
import { OperatorMoves } from "@/components/releases/release-plans-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { ZPlanDiffQuery } from "@/lib/schemas/ingest";
import { ZSlug } from "@/lib/schemas/params";
import { getDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getPlanDiff, type PlanDiffResult } from "@/lib/server/ingest/get-plan-diff";
import { requireViewer } from "@/lib/server/auth/get-viewer";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = await searchParams;
  return { title: `Plan diff${typeof query === "string" ? ` · ${query}` : ""}` };
}

export default async function PlanDiffPage({ params, searchParams }: Props) {
  await requireViewer();
  const { slug } = await params;
  if (!ZSlug.safeParse(slug).success) notFound();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  const parsed = ZPlanDiffQuery.safeParse(raw);
  let result: PlanDiffResult | null = null;
  let problem: string | null = parsed.success
    ? null
    : "Choose a query and a release: /lanes/SLUG/plans/diff?query=NAME&release=LABEL[&against=LABEL].";
  if (parsed.success) {
    result = await getPlanDiff({ db: getDb(), slug, query: parsed.data }).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) {
        problem = error.message;
        return null;
      }
      throw error;
    });
  }
  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/" className="hover:underline">
          Readiness
        </Link>{" "}
        <span aria-hidden>/</span>{" "}
        <Link href={`/lanes/${slug}`} className="hover:underline">
          {slug}
        </Link>{" "}
        <span aria-hidden>/</span> plan diff
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">
        Plan diff
        {result ? (
          <>
            {" "}
            of <span className="font-mono">{result.query}</span>: {result.before.releaseLabel} →{" "}
            {result.after.releaseLabel}
          </>
        ) : null}
      </h1>
      {problem ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {problem}
        </p>
      ) : null}
      {result ? <DiffBody result={result} /> : null}
    </div>
  );
}

function DiffBody({ result }: { result: PlanDiffResult }) {
  const plan = result.diff.plan;
  return (
    <>
      <Card id="plan-diff-summary" title="What changed">
        <div className="mb-2 flex flex-wrap gap-2 text-xs">
          {plan ? (
            <>
              <Badge tone={plan.hasChanges ? "violet" : "green"}>
                {plan.hasChanges ? "plan changed" : "same plan"}
              </Badge>
              <Badge tone="green">{plan.counts.added} added</Badge>
              <Badge tone="red">{plan.counts.removed} removed</Badge>
              <Badge tone="amber">{plan.counts.changed} changed</Badge>
              <Badge>{plan.counts.unchanged} unchanged</Badge>
            </>
          ) : null}
        </div>
        {result.diff.summary.length ? (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {result.diff.summary.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">No operator, attribute or stage changed between the two plans.</p>
        )}
      </Card>
      {result.operators.length ? (
        <Card id="plan-diff-operators" title="Operator metrics beyond noise (ANALYZE)">
          <OperatorMoves operators={result.operators} />
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {(["before", "after"] as const).map((side) => {
          const s = result[side];
          const byId = plan ? (side === "before" ? plan.byBeforeId : plan.byAfterId) : {};
          return (
            <Card
              key={side}
              id={`plan-${side}`}
              title={`${side === "before" ? "Before" : "After"}: release ${s.releaseLabel} · ${s.format} · ${s.plan?.planType ?? "no plan"}`}
            >
              <p className="mb-2 text-xs text-slate-500">captured {formatInstant(new Date(s.capturedAt))}</p>
              {s.plan?.root ? (
                <ul aria-label={`${side} plan`}>
                  <PlanTree node={s.plan.root} byId={byId} side={side} />
                </ul>
              ) : (
                <p className="text-sm text-red-700">This snapshot has no readable plan; its raw text is kept.</p>
              )}
            </Card>
          );
        })}
      </div>
    </>
  );
}
