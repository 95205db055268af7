import type { GateOverride, Reason, Stage, Verdict } from "../readiness/types";

type OverrideKind = GateOverride["kind"];

export type StageGateDecision =
  | { ok: true; overrides: OverrideKind[] }
  | {
      ok: false;
      code: "EXPANSION_GATE_CLOSED" | "ONE_LANE_RULE";
      message: string;
      fix: string;
      extra: Record<string, unknown>;
    };

/**
 * The two gates a stage move passes after the transition table: only a READY lane may move to
 * EXPANDED, and while no lane is READY only one lane may run at CANARY or beyond
 * (`oneLaneHolders`: null when that rule lets the move pass, else the lanes holding the slot).
 * A closed gate refuses the move unless `override` is asked for; then the move passes with the
 * overrides to record (the caller checks that the actor may override).
 */
export function decideStageGates({
  laneName,
  to,
  evaluation,
  oneLaneHolders,
  override,
}: {
  laneName: string;
  to: Stage;
  evaluation: { verdict: Verdict; requiredStreak: number; reasons: readonly Reason[] };
  oneLaneHolders: readonly string[] | null;
  override: boolean;
}): StageGateDecision {
  const overrides: OverrideKind[] = [];
  if (to === "EXPANDED" && evaluation.verdict !== "READY") {
    if (!override) {
      const top = evaluation.reasons[0];
      return {
        ok: false,
        code: "EXPANSION_GATE_CLOSED",
        message: `Expansion gate: ${laneName} is ${evaluation.verdict}, and only a READY lane may move to Expanded${top ? ` (${top.message})` : ""}.`,
        fix: `${top ? `${top.fix} ` : ""}Reach READY (${evaluation.requiredStreak} consecutive stable releases and every gate rule passing), or have a platform lead override the gate with a written reason.`,
        extra: { rule: "EXPANSION_GATE", verdict: evaluation.verdict, reasons: evaluation.reasons.map((r) => r.code) },
      };
    }
    overrides.push("EXPANSION");
  }
  if (oneLaneHolders !== null) {
    if (!override) {
      return {
        ok: false,
        code: "ONE_LANE_RULE",
        message: `One-lane rule: while no lane is READY, only one lane may run at Canary or beyond, and ${oneLaneHolders.join(", ") || "another lane"} already does.`,
        fix: "Wait until a lane reaches READY, move the other lane back below Canary, or have a platform lead override the rule with a written reason.",
        extra: { rule: "ONE_LANE_RULE", holders: oneLaneHolders },
      };
    }
    overrides.push("ONE_LANE");
  }
  return { ok: true, overrides };
}
