import "server-only";
import type { Tx } from "@/lib/server/db-types";
import { loadEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";
import { enqueueNotifications } from "@/lib/server/mutations/enqueue-notifications";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((code, i) => code === b[i]);

/**
 * Re-evaluates the lane inside the writing transaction and appends a readiness-history row when
 * its verdict, streak, reasons or flags changed, naming the event that caused it.
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
  const [lane] = await loadEvaluatedLanes({ db: tx, where: { id: laneId }, now });
  if (!lane) return null;
  const { row, evaluation } = lane;
  const reasonCodes = evaluation.reasons.map((r) => r.code);
  const flagCodes = evaluation.flags.map((f) => f.code);
  const last = await tx.readinessChange.findFirst({ where: { laneId }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  if (
    last &&
    last.verdict === evaluation.verdict &&
    last.streak === evaluation.streak &&
    sameCodes(last.reasonCodes, reasonCodes) &&
    sameCodes(last.flagCodes, flagCodes)
  ) {
    return null;
  }
  const change = await tx.readinessChange.create({
    data: {
      laneId,
      at: now,
      verdict: evaluation.verdict,
      streak: evaluation.streak,
      reasonCodes,
      flagCodes,
      evaluation: toJsonValue(evaluation) ?? {},
      cause,
      auditEventId,
    },
  });
  if (last && last.verdict !== evaluation.verdict) {
    await enqueueNotifications({
      tx,
      laneId,
      event: evaluation.verdict === "STOP" ? "stop.breached" : "verdict.changed",
      payload: {
        lane: { slug: row.slug, name: row.name },
        from: last.verdict,
        to: evaluation.verdict,
        streak: evaluation.streak,
        cause,
        at: now.toISOString(),
        reasons: evaluation.reasons.map((r) => ({ code: r.code, message: r.message })),
      },
      text: `${row.name}: ${last.verdict} → ${evaluation.verdict} — ${cause}`,
    });
  }
  return change;
}
