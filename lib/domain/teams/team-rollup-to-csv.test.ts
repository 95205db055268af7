import { describe, expect, it } from "vitest";
import { teamRollupToCsv, type TeamRollupForCsv } from "./team-rollup-to-csv";

const rates = {
  changeFailure: { unstable: 1, closed: 4, rate: 0.25 },
  recovery: { meanSeconds: 1800, resolved: 2, open: 1 },
  incidentsBySeverity: { P1: 1, P2: 0, P3: 2, P4: 0 },
};

describe("teamRollupToCsv", () => {
  it("writes a row per lane and the team's total row", () => {
    const rollup: TeamRollupForCsv = {
      team: { slug: "finance", name: "Finance Data Platform" },
      meanTimeToReadySeconds: 86_400,
      ...rates,
      lanes: [
        {
          slug: "nightly",
          name: "Nightly, revenue",
          stage: "CANARY",
          verdict: "READY",
          streak: 2,
          requiredStreak: 2,
          timeToReadySeconds: 86_400,
          ...rates,
          mainKpi: { label: "p95 latency", value: 700, unit: "ms", improvement: { text: "30% better" } },
        },
      ],
    };
    const lines = teamRollupToCsv(rollup).split("\r\n");
    expect(lines[0]?.split(",").slice(0, 4)).toEqual(["scope", "team", "lane", "slug"]);
    expect(lines[1]).toBe(
      'lane,Finance Data Platform,"Nightly, revenue",nightly,CANARY,READY,2,2,86400,1,4,0.25,1800,2,1,1,0,2,0,p95 latency,700,ms,30% better',
    );
    expect(lines[2]).toBe("team,Finance Data Platform,,finance,,,,,86400,1,4,0.25,1800,2,1,1,0,2,0,,,,");
    expect(lines).toHaveLength(4);
  });
});
