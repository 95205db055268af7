import { describe, expect, it } from "vitest";
import { buildRelease, buildReleaseRuleContext } from "../../test-factories";
import { rolledBackRule } from "./rolled-back-rule";

describe("rolledBackRule", () => {
  it.each<[string, Date | null, number]>([
    ["not rolled back", null, 0],
    ["rolled back", new Date("2026-11-12T14:03:00Z"), 1],
  ])("%s", (_name, rolledBackAt, expected) => {
    const release = buildRelease({ rolledBackAt });
    expect(rolledBackRule.evaluate(buildReleaseRuleContext({ release }))).toHaveLength(expected);
  });

  it("names the release and when it was rolled back", () => {
    const release = buildRelease({ versionLabel: "2026.11.2", rolledBackAt: new Date("2026-11-12T14:03:00Z") });
    const [reason] = rolledBackRule.evaluate(buildReleaseRuleContext({ release }));
    expect(reason?.message).toBe("Release 2026.11.2 was rolled back on 12 Nov 2026, 14:03 UTC.");
    expect(reason?.releaseId).toBe(release.id);
  });
});
