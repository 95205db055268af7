import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import type { ReleaseRule } from "../rule-types";

export const rolledBackRule: ReleaseRule = {
  code: "ROLLED_BACK",
  evaluate: ({ release }) =>
    release.rolledBackAt === null
      ? []
      : [
          buildReason({
            code: "ROLLED_BACK",
            releaseId: release.id,
            message: `Release ${release.versionLabel} was rolled back on ${formatInstant(release.rolledBackAt)}.`,
            fix: "Fix what caused the rollback and ship a release that stays deployed through its observation window.",
          }),
        ],
};
