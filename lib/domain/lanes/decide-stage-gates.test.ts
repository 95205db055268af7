import { describe, expect, it } from "vitest";
import { buildReason } from "../readiness/build-reason";
import type { Stage, Verdict } from "../readiness/types";
import { decideStageGates } from "./decide-stage-gates";

const streak = buildReason({
  code: "STREAK_TOO_SHORT",
  message: "Only 1 of 2 stable releases.",
  fix: "Ship one more.",
});
const evaluation = (verdict: Verdict) => ({ verdict, requiredStreak: 2, reasons: verdict === "READY" ? [] : [streak] });

describe("decideStageGates", () => {
  it.each<[string, Stage, Verdict, string[] | null, boolean, ReturnType<typeof decideStageGates>["ok"], string[]]>([
    ["a READY lane expands", "EXPANDED", "READY", null, false, true, []],
    ["a HOLD lane is refused expansion", "EXPANDED", "HOLD", null, false, false, []],
    ["a STOP lane is refused expansion", "EXPANDED", "STOP", null, false, false, []],
    ["a HOLD lane expands with an override, recorded", "EXPANDED", "HOLD", null, true, true, ["EXPANSION"]],
    ["an override on an open gate records nothing", "EXPANDED", "READY", null, true, true, []],
    ["gates other than expansion do not need READY", "CANARY", "HOLD", null, false, true, []],
    ["the one-lane rule refuses a second lane", "CANARY", "HOLD", ["orders"], false, false, []],
    ["the one-lane rule is passed with an override", "CANARY", "HOLD", ["orders"], true, true, ["ONE_LANE"]],
    ["both gates passed by one override", "EXPANDED", "HOLD", ["orders"], true, true, ["EXPANSION", "ONE_LANE"]],
  ])("%s", (_name, to, verdict, oneLaneHolders, override, ok, overrides) => {
    const decision = decideStageGates({
      laneName: "Orders",
      to,
      evaluation: evaluation(verdict),
      oneLaneHolders,
      override,
    });
    expect(decision.ok).toBe(ok);
    if (decision.ok) expect(decision.overrides).toEqual(overrides);
  });

  it("says which gate refused, why, and how to pass it", () => {
    const expansion = decideStageGates({
      laneName: "Orders",
      to: "EXPANDED",
      evaluation: evaluation("HOLD"),
      oneLaneHolders: null,
      override: false,
    });
    expect(expansion).toEqual({
      ok: false,
      code: "EXPANSION_GATE_CLOSED",
      message:
        "Expansion gate: Orders is HOLD, and only a READY lane may move to Expanded (Only 1 of 2 stable releases.).",
      fix: "Ship one more. Reach READY (2 consecutive stable releases and every gate rule passing), or have a platform lead override the gate with a written reason.",
      extra: { rule: "EXPANSION_GATE", verdict: "HOLD", reasons: ["STREAK_TOO_SHORT"] },
    });
    const oneLane = decideStageGates({
      laneName: "Orders",
      to: "CANARY",
      evaluation: evaluation("HOLD"),
      oneLaneHolders: ["clickstream", "billing"],
      override: false,
    });
    expect(oneLane).toMatchObject({
      ok: false,
      code: "ONE_LANE_RULE",
      message: expect.stringContaining("clickstream, billing already does"),
      extra: { rule: "ONE_LANE_RULE", holders: ["clickstream", "billing"] },
    });
  });
});
