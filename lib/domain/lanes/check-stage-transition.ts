import type { Stage } from "../readiness/types";

/** The staged migration, in order; PAUSED and RETIRED sit outside it. */
export const STAGE_ORDER: readonly Stage[] = ["PROPOSED", "SHADOW", "CANARY", "PRODUCTION", "EXPANDED"];

export type TransitionCheck = { ok: true } | { ok: false; message: string; fix: string };

const label = (s: Stage) => s.charAt(0) + s.slice(1).toLowerCase();

/**
 * Which stage moves exist, before any gate: one step forward along the migration, back to any
 * earlier active stage except PROPOSED (scaling back is always safe), pause from an active stage,
 * resume only to the stage the lane was paused from, and retire from anywhere but RETIRED.
 * `pausedFrom` is the stage of the latest move into PAUSED (null when the lane is not paused).
 */
export function checkStageTransition({
  from,
  to,
  pausedFrom,
}: {
  from: Stage;
  to: Stage;
  pausedFrom: Stage | null;
}): TransitionCheck {
  if (from === to)
    return { ok: false, message: `The lane is already at ${label(to)}.`, fix: "Pick a different stage." };
  if (from === "RETIRED")
    return {
      ok: false,
      message: "A retired lane cannot change stage.",
      fix: "Create a new lane for the workload instead.",
    };
  if (to === "RETIRED") return { ok: true };
  if (from === "PAUSED") {
    if (to === pausedFrom) return { ok: true };
    return {
      ok: false,
      message: `A paused lane resumes to the stage it was paused from (${pausedFrom ? label(pausedFrom) : "unknown"}), not to ${label(to)}.`,
      fix: pausedFrom
        ? `Resume to ${label(pausedFrom)} first, then move on from there.`
        : "Retire the lane, or ask a platform lead to repair its stage history.",
    };
  }
  if (to === "PAUSED") return { ok: true };
  const i = STAGE_ORDER.indexOf(from);
  const j = STAGE_ORDER.indexOf(to);
  if (j === i + 1) return { ok: true };
  if (j < i && to !== "PROPOSED") return { ok: true };
  const next = STAGE_ORDER[i + 1];
  return {
    ok: false,
    message:
      to === "PROPOSED"
        ? "A lane never goes back to Proposed once it has left it."
        : `A lane moves one stage at a time: ${label(from)} cannot go straight to ${label(to)}.`,
    fix: next
      ? `Move to ${label(next)} first.`
      : "The lane is at the last stage; pause or retire it, or scale it back.",
  };
}
