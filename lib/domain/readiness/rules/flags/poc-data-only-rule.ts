import type { FlagRule } from "../rule-types";

/** Invalidated measurements are ignored: a lane whose real numbers were all thrown out is POC-only again. */
export const pocDataOnlyRule: FlagRule = {
  code: "POC_DATA_ONLY",
  evaluate: ({ lane }) => {
    const valid = lane.releases.flatMap((release) => release.measurements).filter((m) => m.invalidatedAt === null);
    if (valid.length === 0 || valid.some((m) => m.source !== "SYNTHETIC")) return [];
    const count = valid.length === 1 ? "The only valid measurement" : `All ${valid.length} valid measurements`;
    return [
      {
        code: "POC_DATA_ONLY",
        message: `${count} of lane ${lane.name} ${valid.length === 1 ? "is" : "are"} synthetic (POC); none comes from production or shadow traffic.`,
      },
    ];
  },
};
