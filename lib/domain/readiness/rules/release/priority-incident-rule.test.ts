import { describe, expect, it } from "vitest";
import { buildIncident, buildRelease, buildReleaseRuleContext } from "../../test-factories";
import type { Incident } from "../../types";
import { priorityIncidentRule } from "./priority-incident-rule";

function run(incidents: Incident[]) {
  return priorityIncidentRule.evaluate(
    buildReleaseRuleContext({ release: buildRelease({ versionLabel: "2026.11.2", incidents }) }),
  );
}

describe("priorityIncidentRule", () => {
  it.each<[string, Incident[], string[]]>([
    ["no incidents", [], []],
    ["a P1 incident", [buildIncident({ ref: "INC-1", severity: "P1" })], ["INC-1"]],
    ["a P2 incident", [buildIncident({ ref: "INC-2", severity: "P2" })], ["INC-2"]],
    ["a P3 incident is not priority", [buildIncident({ severity: "P3" })], []],
    ["a P4 incident is not priority", [buildIncident({ severity: "P4" })], []],
    [
      "a resolved P1 still counts",
      [buildIncident({ ref: "INC-5", resolvedAt: new Date("2026-11-01T00:00:00Z") })],
      ["INC-5"],
    ],
    [
      "one reason per priority incident",
      [
        buildIncident({ ref: "INC-1", severity: "P1" }),
        buildIncident({ severity: "P3" }),
        buildIncident({ ref: "INC-3", severity: "P2" }),
      ],
      ["INC-1", "INC-3"],
    ],
  ])("%s", (_name, incidents, expectedRefs) => {
    const refs = run(incidents).map((reason) => /incident (INC-\d+)/.exec(reason.message)?.[1]);
    expect(refs).toEqual(expectedRefs);
  });

  it("names the incident, severity and when it opened", () => {
    const [reason] = run([
      buildIncident({
        ref: "INC-42",
        severity: "P2",
        title: "Slow dashboards",
        openedAt: new Date("2026-11-12T14:03:00Z"),
      }),
    ]);
    expect(reason?.message).toBe(
      'Release 2026.11.2: P2 incident INC-42 "Slow dashboards" opened on 12 Nov 2026, 14:03 UTC.',
    );
    expect(reason?.fix).toContain("INC-42");
  });
});
