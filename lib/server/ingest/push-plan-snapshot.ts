import "server-only";
import { parseExplain } from "@/lib/domain/plans/parse-explain";
import { pickMainPlan } from "@/lib/domain/plans/pick-main-plan";
import type { PlanNode } from "@/lib/domain/plans/plan-types";
import type { TPushPlan } from "@/lib/schemas/ingest";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

/** Problems beyond this many are summarised: a garbage upload must not produce a huge row. */
const MAX_STORED_PROBLEMS = 100;

const countNodes = (node: PlanNode | null): number =>
  node ? 1 + node.children.reduce((n, c) => n + countNodes(c), 0) : 0;

/**
 * Stores EXPLAIN text for a query. The raw text is always kept; what the parser could not read is
 * stored as problems (line, message, severity) and the snapshot is flagged, never refused: a plan
 * the parser does not understand yet is still evidence of what the engine did.
 */
export async function pushPlanSnapshot({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TPushPlan;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  const parsed = parseExplain(input.text);
  const main = pickMainPlan(parsed);
  const problems = parsed.problems.slice(0, MAX_STORED_PROBLEMS);
  if (parsed.problems.length > MAX_STORED_PROBLEMS) {
    problems.push({
      line: problems.at(-1)?.line ?? 1,
      message: `${parsed.problems.length - MAX_STORED_PROBLEMS} more problems not stored`,
      severity: "error",
    });
  }
  const readable = main?.root != null;
  return runMutation(
    { db, actor, now },
    {
      permission: "ingest.write",
      laneId: lane.id,
      action: "plan.capture",
      summary: `Plan of ${input.queryName} captured${input.releaseLabel ? ` for release ${input.releaseLabel}` : ""}${readable ? "" : " (not readable)"}`,
      run: async (tx) => {
        const release = input.releaseLabel
          ? await findReleaseOrThrow({ db: tx, lane, label: input.releaseLabel, pointer: "/releaseLabel" })
          : null;
        const snapshot = await tx.planSnapshot.create({
          data: {
            laneId: lane.id,
            releaseId: release?.id ?? null,
            queryName: input.queryName,
            rawText: input.text,
            format: parsed.format,
            problems: toJsonValue(problems) ?? [],
            capturedAt: input.capturedAt ? new Date(input.capturedAt) : now,
          },
          select: { id: true, queryName: true, format: true, capturedAt: true },
        });
        const result = {
          ...snapshot,
          releaseLabel: release?.versionLabel ?? null,
          layout: parsed.layout,
          sections: parsed.sections.map((s) => s.planType),
          mainPlan: main ? { planType: main.planType, operators: countNodes(main.root) } : null,
          readable,
          problems,
        };
        return {
          result,
          entityType: "PlanSnapshot",
          entityId: snapshot.id,
          after: { ...snapshot, problems: problems.length },
        };
      },
    },
  );
}
