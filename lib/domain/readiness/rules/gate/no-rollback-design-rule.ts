import { buildReason } from "../../build-reason";
import type { GateRule } from "../rule-types";

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === "";
}

export const noRollbackDesignRule: GateRule = {
  code: "NO_ROLLBACK_DESIGN",
  evaluate: ({ lane }) => {
    const design = lane.rollbackDesign;
    const missing = [
      design === null || isBlank(design.runbookUrl) ? "runbook link" : null,
      design === null || isBlank(design.rollbackTarget) ? "rollback target" : null,
    ].filter((part) => part !== null);
    if (missing.length === 0) return [];
    const message =
      design === null
        ? `Lane ${lane.name} has no rollback design.`
        : `Lane ${lane.name}'s rollback design has no ${missing.join(" and no ")}.`;
    return [
      buildReason({
        code: "NO_ROLLBACK_DESIGN",
        message,
        fix: "Record the rollback runbook link and the rollback target (where traffic goes back to).",
      }),
    ];
  },
};
