// The request bodies tests of every tier give a new lane: its fields and KPI targets
// (e2e/factories/lanes.ts sends them over the API, tests/factories/lanes.ts through the use cases,
// the authorization, race and domain tests to the route handlers).
import type { TUpdateLane } from "@/lib/schemas/lane";
import type { TKpiTargetInput } from "@/lib/schemas/targets";

type TLaneFields = Omit<TUpdateLane, "version">;

/** A lane's editable fields, with DESIGN's default policy. */
export const laneFields = (name: string, overrides: Partial<TLaneFields> = {}): TLaneFields => ({
  name,
  workload: "Nightly rollup of orders",
  // The test databases' own team (tests/test-team.ts creates it with every integration database;
  // Playwright specs pass a seeded team instead).
  team: "test-team",
  engineVersion: "DataFusion 53.1.0",
  requiredStableReleases: 2,
  recoveryLimitSeconds: 900,
  drillMaxAgeDays: 90,
  ...overrides,
});

/** The same fields as a Lane row for Prisma (the team connected by its slug), for tests that write rows. */
export const laneRow = (name: string, overrides: Partial<TLaneFields> = {}) => {
  const { team, ...fields } = laneFields(name, overrides);
  return { ...fields, team: { connect: { slug: team } } };
};

/** p95 latency 20% under `baseline` ms, stop at 10% over it. */
export const relativeLatency = (baseline = 1000): TKpiTargetInput => ({
  kpiKey: "p95_latency_ms",
  label: "p95 latency",
  unit: "ms",
  direction: "LOWER_IS_BETTER",
  baseline,
  targetKind: "RELATIVE",
  targetValue: 0.2,
  stop: { kind: "RELATIVE", value: 0.1 },
});

/** DESIGN's targets with a real baseline: p95 latency 20% under 4,200 ms (stop at +10%), no mismatches (stop at any). */
export const RELEASE_TARGETS: TKpiTargetInput[] = [
  relativeLatency(4200),
  {
    kpiKey: "result_mismatches",
    label: "Result mismatches",
    unit: "queries",
    direction: "LOWER_IS_BETTER",
    baseline: 0,
    targetKind: "ABSOLUTE",
    targetValue: 0,
    stop: { kind: "ABSOLUTE", value: 0 },
  },
];

/** One p95 latency target in ms: `target` or better wanted, stop when worse than `stop`. */
export const latencyTarget = ({ baseline = 100, target = 80, stop = 120 } = {}): TKpiTargetInput[] => [
  {
    kpiKey: "p95_latency_ms",
    label: "p95 latency",
    unit: "ms",
    direction: "LOWER_IS_BETTER",
    baseline,
    targetKind: "ABSOLUTE",
    targetValue: target,
    stop: { kind: "ABSOLUTE", value: stop },
  },
];

/** A value of `target` that meets it with room to spare. */
export function passingValue(target: TKpiTargetInput): number {
  const lower = target.direction === "LOWER_IS_BETTER";
  const goal =
    target.targetKind === "RELATIVE"
      ? target.baseline * (lower ? 1 - target.targetValue : 1 + target.targetValue)
      : target.targetValue;
  return goal === 0 ? 0 : Math.round(goal * (lower ? 0.9 : 1.1));
}
