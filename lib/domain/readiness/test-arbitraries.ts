// fast-check generators of LaneData for the property tests. `laneArbitrary` builds realistic
// lanes biased towards good evidence, so READY, HOLD and STOP all occur often; `wildLaneArbitrary`
// builds hostile data (invalid dates, NaN, negative policies) to prove evaluation never throws.
import fc from "fast-check";
import { NOW, buildKpiTarget } from "./test-factories";
import {
  STAGES,
  type GateOverride,
  type Incident,
  type KpiTarget,
  type LaneData,
  type Measurement,
  type OwnerAssignment,
  type OwnerRole,
  type PlanSnapshotRef,
  type Policy,
  type Regression,
  type Release,
  type RollbackDesign,
  type TargetVersion,
} from "./types";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (offsetMinutes: number) => new Date(NOW.getTime() + offsetMinutes * MINUTE);

/** A time between `fromDays` and `toDays` relative to NOW, to the minute. */
export const timeArbitrary = (fromDays: number, toDays: number) =>
  fc.integer({ min: fromDays * 24 * 60, max: toDays * 24 * 60 }).map(at);

// latency: threshold 1,200 ms, stop past 1,650 ms
const LATENCY = buildKpiTarget();
// throughput: higher is better, threshold 110 qps, no stop condition
const THROUGHPUT = buildKpiTarget({
  kpiKey: "qps",
  label: "Throughput",
  unit: "qps",
  direction: "HIGHER_IS_BETTER",
  baseline: 100,
  targetKind: "RELATIVE",
  targetValue: 0.1,
  stop: null,
});
// result parity: any mismatch breaches the stop condition
const MISMATCHES = buildKpiTarget({
  kpiKey: "mm",
  label: "Mismatching queries",
  unit: "queries",
  baseline: 0,
  targetKind: "ABSOLUTE",
  targetValue: 0,
  stop: { kind: "ABSOLUTE", value: 0 },
});
const POOL: readonly KpiTarget[] = [LATENCY, THROUGHPUT, MISMATCHES];
const GOOD_VALUES: Record<string, number[]> = { p95_latency: [900, 1200], qps: [110, 150], mm: [0] };
const BAD_VALUES: Record<string, number[]> = { p95_latency: [1201, 1650, 1700], qps: [109, 50], mm: [1, 5] };

const policyArbitrary: fc.Arbitrary<Policy> = fc.record({
  requiredStableReleases: fc.integer({ min: 1, max: 3 }),
  recoveryLimitSeconds: fc.constantFrom(60, 900, 1800),
  drillMaxAgeDays: fc.constantFrom(30, 90),
});

const targetVersionsArbitrary: fc.Arbitrary<TargetVersion[]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constant<TargetVersion[]>([{ version: 1, effectiveFrom: at(-400 * 24 * 60), targets: [...POOL] }]),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.record({ effectiveFrom: timeArbitrary(-400, 0), targets: fc.subarray([...POOL]) }), { maxLength: 3 })
      .map((versions) => versions.map((version, index) => ({ version: index + 1, ...version }))),
  },
);

function measurementArbitrary(kpiKey: string, good: boolean): fc.Arbitrary<Measurement> {
  return fc.record({
    id: fc.uuid(),
    kpiKey: fc.constant(kpiKey),
    value: fc.constantFrom(...((good ? GOOD_VALUES[kpiKey] : BAD_VALUES[kpiKey]) ?? [0])),
    source: good ? fc.constantFrom("PRODUCTION", "SHADOW") : fc.constantFrom("PRODUCTION", "SHADOW", "SYNTHETIC"),
    takenAt: timeArbitrary(-150, 0),
    invalidatedAt: good ? fc.constant(null) : fc.option(timeArbitrary(-150, 0)),
  });
}

const incidentArbitrary: fc.Arbitrary<Incident> = fc.record({
  id: fc.uuid(),
  ref: fc.integer({ min: 1, max: 999 }).map((n) => `INC-${n}`),
  severity: fc.constantFrom("P1", "P2", "P3", "P4"),
  title: fc.string({ maxLength: 20 }),
  openedAt: timeArbitrary(-150, 0),
  resolvedAt: fc.option(timeArbitrary(-150, 0)),
});

const regressionArbitrary: fc.Arbitrary<Regression> = fc
  .record({
    id: fc.uuid(),
    summary: fc.string({ maxLength: 20 }),
    detectedAt: timeArbitrary(-150, 0),
    recoverySeconds: fc.option(fc.constantFrom(0, 60, 899, 900, 901, 1800, 1801, 7200)),
    recoveredByRollback: fc.boolean(),
    attributedTo: fc.constantFrom<OwnerRole | null>("PLANNER", "EXECUTOR", null),
  })
  .map(({ recoverySeconds, ...rest }) => ({
    ...rest,
    recoveredAt: recoverySeconds === null ? null : new Date(rest.detectedAt.getTime() + recoverySeconds * 1000),
  }));

/** Closed (observation over), every pool KPI measured with a passing value, no incident or regression. */
const goodReleaseArbitrary: fc.Arbitrary<Release> = fc
  .record({
    id: fc.uuid(),
    versionLabel: fc.integer({ min: 1, max: 99 }).map((n) => `2026.${n}`),
    engineVersion: fc.constant("datafusion-51.0.0"),
    deployedAt: timeArbitrary(-150, -10),
    observationEndsAt: fc.constant<Date | null>(null),
    rolledBackAt: fc.constant<Date | null>(null),
    measurements: fc.tuple(...POOL.map((target) => measurementArbitrary(target.kpiKey, true))),
    incidents: fc.constant<Incident[]>([]),
    regressions: fc.constant<Regression[]>([]),
  })
  .map((release) => ({ ...release, observationEndsAt: new Date(release.deployedAt.getTime() + 7 * DAY) }));

const anyReleaseArbitrary: fc.Arbitrary<Release> = fc
  .record({
    id: fc.uuid(),
    versionLabel: fc.integer({ min: 1, max: 99 }).map((n) => `2026.${n}`),
    engineVersion: fc.constant("datafusion-51.0.0"),
    deployedAt: fc.option(timeArbitrary(-150, -1), { freq: 8 }),
    windowDays: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 8 }),
    rolledBackAfterMinutes: fc.option(fc.integer({ min: 1, max: 3 * 24 * 60 }), { freq: 4 }),
    measurements: fc.array(
      fc
        .constantFrom(...POOL.map((t) => t.kpiKey))
        .chain((kpiKey) => fc.boolean().chain((good) => measurementArbitrary(kpiKey, good))),
      { maxLength: 5 },
    ),
    incidents: fc.array(incidentArbitrary, { maxLength: 2 }),
    regressions: fc.array(regressionArbitrary, { maxLength: 2 }),
  })
  .map(({ windowDays, rolledBackAfterMinutes, deployedAt, ...rest }) => ({
    ...rest,
    deployedAt,
    observationEndsAt:
      deployedAt === null || windowDays === null ? null : new Date(deployedAt.getTime() + windowDays * DAY),
    rolledBackAt:
      deployedAt === null || rolledBackAfterMinutes === null
        ? null
        : new Date(deployedAt.getTime() + rolledBackAfterMinutes * MINUTE),
  }));

/** Closed, with a result mismatch: breaches the parity stop condition whenever that target is in force. */
const breachedReleaseArbitrary: fc.Arbitrary<Release> = goodReleaseArbitrary.map((release) => ({
  ...release,
  measurements: release.measurements.map((m) => (m.kpiKey === "mm" ? { ...m, value: 2 } : m)),
}));

export const releaseArbitrary: fc.Arbitrary<Release> = fc.oneof(
  { weight: 6, arbitrary: goodReleaseArbitrary },
  { weight: 4, arbitrary: anyReleaseArbitrary },
  { weight: 1, arbitrary: breachedReleaseArbitrary },
);

function assignmentsArbitrary(role: OwnerRole): fc.Arbitrary<OwnerAssignment[]> {
  const person = { id: `p-${role}`, name: role === "PLANNER" ? "Alice Planner" : "Evan Executor" };
  const current = fc.record({
    role: fc.constant(role),
    person: fc.constant(person),
    assignedAt: timeArbitrary(-400, -1),
    endedAt: fc.constant(null),
  });
  const ended = fc.record({
    role: fc.constant(role),
    person: fc.constant(person),
    assignedAt: timeArbitrary(-400, -200),
    endedAt: timeArbitrary(-199, 0),
  });
  return fc.oneof(
    { weight: 4, arbitrary: current.map((a) => [a]) },
    { weight: 1, arbitrary: fc.array(fc.oneof(current, ended), { maxLength: 2 }) },
  );
}

const goodRollbackDesign: RollbackDesign = {
  runbookUrl: "https://runbooks.example.com/x",
  rollbackTarget: "warehouse",
  drills: [{ performedAt: at(-10 * 24 * 60), recoverySeconds: 60 }],
};

const shakyRollbackDesignArbitrary: fc.Arbitrary<RollbackDesign> = fc.record({
  runbookUrl: fc.option(fc.constantFrom("https://runbooks.example.com/x", " ")),
  rollbackTarget: fc.option(fc.constant("warehouse")),
  drills: fc.array(
    fc.record({ performedAt: timeArbitrary(-200, 0), recoverySeconds: fc.constantFrom(30, 900, 901, 3600) }),
    {
      maxLength: 2,
    },
  ),
});

// null about one time in eight.
const rollbackDesignArbitrary: fc.Arbitrary<RollbackDesign | null> = fc.option(
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(goodRollbackDesign) },
    { weight: 1, arbitrary: shakyRollbackDesignArbitrary },
  ),
  { freq: 8 },
);

const overrideArbitrary: fc.Arbitrary<GateOverride> = fc.record({
  kind: fc.constantFrom("EXPANSION", "ONE_LANE"),
  at: timeArbitrary(-100, 0),
  by: fc.constant({ id: "p-lead", name: "Lena Lead" }),
  reason: fc.string({ maxLength: 20 }),
});

export const laneArbitrary: fc.Arbitrary<LaneData> = fc.record({
  id: fc.constant("lane-1"),
  slug: fc.constant("checkout"),
  name: fc.constant("Checkout"),
  stage: fc.constantFrom(...STAGES),
  leftProposedAt: fc.option(timeArbitrary(-400, 0)),
  policy: policyArbitrary,
  targetVersions: targetVersionsArbitrary,
  assignments: fc
    .tuple(assignmentsArbitrary("PLANNER"), assignmentsArbitrary("EXECUTOR"))
    .map(([p, e]) => [...p, ...e]),
  releases: fc.array(releaseArbitrary, { maxLength: 5 }),
  rollbackDesign: rollbackDesignArbitrary,
  planSnapshots: fc.oneof(
    { weight: 4, arbitrary: fc.constant<PlanSnapshotRef[]>([{ queryName: "q01", capturedAt: at(-500 * 24 * 60) }]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.record({ queryName: fc.constant("q01"), capturedAt: timeArbitrary(-200, 0) }), {
        maxLength: 2,
      }),
    },
  ),
  overrides: fc.array(overrideArbitrary, { maxLength: 2 }),
});

// ---------- hostile data ----------

const wildDate = fc.date({ noInvalidDate: false });
const wildNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0));

const wildTarget: fc.Arbitrary<KpiTarget> = fc.record({
  kpiKey: fc.constantFrom("p95_latency", "qps", "mm", ""),
  label: fc.string(),
  unit: fc.string({ maxLength: 3 }),
  direction: fc.constantFrom("LOWER_IS_BETTER", "HIGHER_IS_BETTER"),
  baseline: wildNumber,
  targetKind: fc.constantFrom("ABSOLUTE", "RELATIVE"),
  targetValue: wildNumber,
  stop: fc.option(fc.record({ kind: fc.constantFrom("ABSOLUTE", "RELATIVE"), value: wildNumber })),
});

const wildRelease: fc.Arbitrary<Release> = fc.record({
  id: fc.constantFrom("r1", "r2", "r1"),
  versionLabel: fc.string(),
  engineVersion: fc.string(),
  deployedAt: fc.option(wildDate),
  observationEndsAt: fc.option(wildDate),
  rolledBackAt: fc.option(wildDate),
  measurements: fc.array(
    fc.record({
      id: fc.string(),
      kpiKey: fc.constantFrom("p95_latency", "qps", "mm", "other"),
      value: wildNumber,
      source: fc.constantFrom("PRODUCTION", "SHADOW", "SYNTHETIC"),
      takenAt: wildDate,
      invalidatedAt: fc.option(wildDate),
    }),
    { maxLength: 4 },
  ),
  incidents: fc.array(
    fc.record({
      id: fc.string(),
      ref: fc.string(),
      severity: fc.constantFrom("P1", "P2", "P3", "P4"),
      title: fc.string(),
      openedAt: wildDate,
      resolvedAt: fc.option(wildDate),
    }),
    { maxLength: 2 },
  ),
  regressions: fc.array(
    fc.record({
      id: fc.string(),
      summary: fc.string(),
      detectedAt: wildDate,
      recoveredAt: fc.option(wildDate),
      recoveredByRollback: fc.boolean(),
      attributedTo: fc.constantFrom<OwnerRole | null>("PLANNER", "EXECUTOR", null),
    }),
    { maxLength: 2 },
  ),
});

export const wildLaneArbitrary: fc.Arbitrary<LaneData> = fc.record({
  id: fc.string(),
  slug: fc.string(),
  name: fc.string(),
  stage: fc.constantFrom(...STAGES),
  leftProposedAt: fc.option(wildDate),
  policy: fc.record({
    requiredStableReleases: wildNumber,
    recoveryLimitSeconds: wildNumber,
    drillMaxAgeDays: wildNumber,
  }),
  targetVersions: fc.array(
    fc.record({ version: fc.integer(), effectiveFrom: wildDate, targets: fc.array(wildTarget, { maxLength: 3 }) }),
    { maxLength: 3 },
  ),
  assignments: fc.array(
    fc.record({
      role: fc.constantFrom<OwnerRole>("PLANNER", "EXECUTOR"),
      person: fc.record({ id: fc.string(), name: fc.string() }),
      assignedAt: wildDate,
      endedAt: fc.option(wildDate),
    }),
    { maxLength: 4 },
  ),
  releases: fc.array(wildRelease, { maxLength: 5 }),
  rollbackDesign: fc.option(
    fc.record({
      runbookUrl: fc.option(fc.string()),
      rollbackTarget: fc.option(fc.string()),
      drills: fc.array(fc.record({ performedAt: wildDate, recoverySeconds: wildNumber }), { maxLength: 3 }),
    }),
  ),
  planSnapshots: fc.array(fc.record({ queryName: fc.string(), capturedAt: wildDate }), { maxLength: 3 }),
  overrides: fc.array(
    fc.record({
      kind: fc.constantFrom("EXPANSION", "ONE_LANE"),
      at: wildDate,
      by: fc.record({ id: fc.string(), name: fc.string() }),
      reason: fc.string(),
    }),
    { maxLength: 2 },
  ),
});
