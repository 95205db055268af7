import type { FlagCode } from "./types";

/** Short titles for the anti-pattern badges; the full sentence is Flag.message. */
export const FLAG_TITLES: Record<FlagCode, string> = {
  POC_DATA_ONLY: "POC data only",
  NO_EXPLICIT_OWNERSHIP: "No explicit ownership",
  OBSERVABILITY_LATE: "Observability added late",
  EXPANSION_BEFORE_PROOF: "Expanded before proof",
  ONE_LANE_RULE_OVERRIDDEN: "One-lane rule overridden",
};

export function describeFlagCode(code: FlagCode): string {
  return FLAG_TITLES[code];
}
