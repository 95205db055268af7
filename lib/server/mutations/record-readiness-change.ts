import "server-only";
import { evaluateLane } from "@/lib/domain/readiness/evaluate-lane";
import { findNextReadinessDue } from "@/lib/domain/readiness/find-next-readiness-due";
import type { LaneEvaluation } from "@/lib/domain/readiness/types";
import type { Tx } from "@/lib/server/db-types";
import { type EvaluatedLaneGate, loadEvaluatedLaneGates } from "@/lib/server/lanes/load-evaluated-lanes";
import { enqueueNotifications } from "@/lib/server/mutations/enqueue-notifications";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";
import { storeLaneReadiness } from "@/lib/server/readiness/store-lane-readiness";

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((code, i) => code === b[i]);

type LastEntry = EvaluatedLaneGate["row"]["readiness"][number];

/**
 * Appends a readiness-history row at `at` when the verdict, streak, reasons or flags differ from
 * the last one, and queues the webhooks of a verdict change. Returns the new last entry, or null.
 */
async function appendHistoryIfChanged({
  tx,
  lane,
  evaluation,
  last,
  at,
  cause,
  auditEventId,
}: {
  tx: Tx;
  lane: EvaluatedLaneGate["row"];
  evaluation: LaneEvaluation;
  last: LastEntry | null;
  at: Date;
  cause: string;
  auditEventId: bigint | null;
}): Promise<LastEntry | null> {
  const reasonCodes = evaluation.reasons.map((r) => r.code);
  const flagCodes = evaluation.flags.map((f) => f.code);
  if (
    last &&
    last.verdict === evaluation.verdict &&
    last.streak === evaluation.streak &&
    sameCodes(last.reasonCodes, reasonCodes) &&
    sameCodes(last.flagCodes, flagCodes)
  ) {
    return null;
  }
  await tx.readinessChange.create({
    data: {
      laneId: lane.id,
      at,
      verdict: evaluation.verdict,
      streak: evaluation.streak,
      reasonCodes,
      flagCodes,
      evaluation: toJsonValue(evaluation) ?? {},
      cause,
      auditEventId,
    },
    select: { id: true },
  });
  if (last && last.verdict !== evaluation.verdict) {
    await enqueueNotifications({
      tx,
      laneId: lane.id,
      event: evaluation.verdict === "STOP" ? "stop.breached" : "verdict.changed",
      payload: {
        lane: { slug: lane.slug, name: lane.name },
        from: last.verdict,
        to: evaluation.verdict,
        streak: evaluation.streak,
        cause,
        at: at.toISOString(),
        reasons: evaluation.reasons.map((r) => ({ code: r.code, message: r.message })),
      },
      text: `${lane.name}: ${last.verdict} → ${evaluation.verdict} — ${cause}`,
    });
  }
  return { verdict: evaluation.verdict, streak: evaluation.streak, reasonCodes, flagCodes };
}

/**
 * Re-evaluates the lane inside the writing transaction (one statement: the narrow gate select),
 * appends a readiness-history row when its verdict, streak, reasons or flags changed, naming the
 * event that caused it, and stores the lane's readiness row (LaneReadiness).
 */
export async function recordReadinessChange({
  tx,
  laneId,
  cause,
  auditEventId,
  now,
}: {
  tx: Tx;
  laneId: string;
  cause: string;
  auditEventId: bigint | null;
  now: Date;
}) {
  const [lane] = await loadEvaluatedLaneGates({ db: tx, where: { id: laneId }, now });
  if (!lane) return null;
  const change = await appendHistoryIfChanged({
    tx,
    lane: lane.row,
    evaluation: lane.evaluation,
    last: lane.row.readiness[0] ?? null,
    at: now,
    cause,
    auditEventId,
  });
  await storeLaneReadiness({ tx, lane, now });
  return change;
}

/**
 * The scheduled re-evaluation of one lane: every instant since its stored evaluation at which the
 * gate's answer changed by time alone (a window ended, a drill went stale) is judged at that instant
 * and recorded there, oldest first, with its cause; then the row is stored as of `now`. The caller
 * holds the lane's LaneReadiness row lock, so each change is recorded once.
 */
export async function recordTimeDrivenChanges({ tx, laneId, now }: { tx: Tx; laneId: string; now: Date }) {
  const [lane] = await loadEvaluatedLaneGates({ db: tx, where: { id: laneId }, now });
  if (!lane) return 0;
  let last = lane.row.readiness[0] ?? null;
  let recorded = 0;
  const since = lane.row.readinessRow?.evaluatedAt ?? now;
  for (
    let due = findNextReadinessDue({ lane: lane.data, now: since });
    due && due.at.getTime() <= now.getTime();
    due = findNextReadinessDue({ lane: lane.data, now: due.at })
  ) {
    const written = await appendHistoryIfChanged({
      tx,
      lane: lane.row,
      evaluation: evaluateLane({ lane: lane.data, now: due.at }),
      last,
      at: due.at,
      cause: due.cause,
      auditEventId: null,
    });
    if (written) {
      last = written;
      recorded += 1;
    }
  }
  await storeLaneReadiness({ tx, lane, now });
  return recorded;
}
