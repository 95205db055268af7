import { formatInstant } from "../../../format/format-instant";
import type { FlagCode, GateOverride } from "../../types";
import type { FlagRule } from "../rule-types";

/**
 * Overrides are logged and flagged, never silent. The flag names the latest override of its
 * kind, and how many there were when more than one.
 */
export function buildOverrideFlagRule({
  code,
  kind,
  describe,
}: {
  code: FlagCode;
  kind: GateOverride["kind"];
  describe: (args: { laneName: string; by: string; at: string }) => string;
}): FlagRule {
  return {
    code,
    evaluate: ({ lane }) => {
      const overrides = lane.overrides.filter((override) => override.kind === kind);
      let latest: GateOverride | null = null;
      for (const override of overrides) {
        if (latest === null || override.at.getTime() >= latest.at.getTime()) latest = override;
      }
      if (latest === null) return [];
      const more = overrides.length > 1 ? ` (${overrides.length} such overrides in total)` : "";
      const sentence = describe({ laneName: lane.name, by: latest.by.name, at: formatInstant(latest.at) });
      return [{ code, message: `${sentence}: "${latest.reason}"${more}.` }];
    },
  };
}
