import type { Stage } from "../readiness/types";

/** The stage a paused lane was paused from (the latest move into PAUSED); null when it is not paused. */
export function findPausedFrom({
  stage,
  stageChanges,
}: {
  stage: Stage;
  /** Oldest first. */
  stageChanges: readonly { fromStage: Stage; toStage: Stage }[];
}): Stage | null {
  if (stage !== "PAUSED") return null;
  return stageChanges.findLast((c) => c.toStage === "PAUSED")?.fromStage ?? null;
}
