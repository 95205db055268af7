import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import { isPrioritySeverity } from "../../is-priority-severity";
import type { ReleaseRule } from "../rule-types";

export const priorityIncidentRule: ReleaseRule = {
  code: "PRIORITY_INCIDENT",
  evaluate: ({ release }) =>
    release.incidents
      .filter((incident) => isPrioritySeverity(incident.severity))
      .map((incident) =>
        buildReason({
          code: "PRIORITY_INCIDENT",
          releaseId: release.id,
          message:
            `Release ${release.versionLabel}: ${incident.severity} incident ${incident.ref} ` +
            `"${incident.title}" opened on ${formatInstant(incident.openedAt)}.`,
          fix:
            `Fix the cause of ${incident.ref} and ship a release without P1/P2 incidents; ` +
            `if it was linked to this release by mistake, unlink it.`,
        }),
      ),
};
