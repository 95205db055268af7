import { diffPlans } from "./diff-plans";
import { pickMainPlan } from "./pick-main-plan";
import type { DiffOptions, PlanDiff } from "./plan-diff-types";
import type { ParsedExplain } from "./plan-types";
import { summariseDiff } from "./summarise-diff";

export interface ExplainDiff {
  /** Diff of the main plans (pickMainPlan); null when either side has no readable plan. */
  plan: PlanDiff | null;
  planTypes: { before: string | null; after: string | null };
  /** plan_types present on one side only: for VERBOSE, optimizer rules that appeared or went away. */
  stages: { added: string[]; removed: string[] };
  notes: string[];
  summary: string[];
}

const unique = (parsed: ParsedExplain) => [...new Set(parsed.sections.map((s) => s.planType))];

/** Diffs two whole EXPLAIN outputs of the same named query: the main plans and the stage lists. */
export function diffExplains(before: ParsedExplain, after: ParsedExplain, options: DiffOptions = {}): ExplainDiff {
  const a = pickMainPlan(before);
  const b = pickMainPlan(after);
  const notes: string[] = [];
  let plan: PlanDiff | null = null;
  if (!a?.root || !b?.root) notes.push("no plan to compare on one side");
  else {
    if (a.kind !== b.kind)
      notes.push(`comparing a ${a.kind} plan (${a.planType}) with a ${b.kind} plan (${b.planType})`);
    // Tree boxes show fewer and differently named attributes than indent lines (docs/plan-formats.md, "Tree").
    if ((a.format === "tree") !== (b.format === "tree"))
      notes.push(
        `formats differ (${a.format} vs ${b.format}); attribute names differ between them, so expect attribute changes`,
      );
    plan = diffPlans(a.root, b.root, options);
  }
  const typesBefore = unique(before);
  const typesAfter = unique(after);
  const stages = {
    added: typesAfter.filter((t) => !typesBefore.includes(t)),
    removed: typesBefore.filter((t) => !typesAfter.includes(t)),
  };
  const summary = [
    ...notes,
    ...(plan ? summariseDiff(plan) : []),
    ...stages.removed.map((t) => `stage removed: ${t}`),
    ...stages.added.map((t) => `stage added: ${t}`),
  ];
  return { plan, planTypes: { before: a?.planType ?? null, after: b?.planType ?? null }, stages, notes, summary };
}
