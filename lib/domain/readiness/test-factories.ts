// Builders for tests: each returns plain LaneData pieces with sensible defaults, so a test
// states only what it is about. Not imported by production code.
import { computeStreak } from "./compute-streak";
import { DEFAULT_POLICY } from "./constants";
import { evaluateKpis } from "./evaluate-kpis";
import { evaluateRelease } from "./evaluate-release";
import { findTargetVersion } from "./find-target-version";
import type { GateRuleContext, ReleaseRuleContext } from "./rules/rule-types";
import { sortReleasesNewestFirst } from "./sort-releases-newest-first";
import type {
  GateOverride,
  Incident,
  KpiTarget,
  LaneData,
  Measurement,
  OwnerAssignment,
  OwnerRole,
  Person,
  PlanSnapshotRef,
  Policy,
  Regression,
  Release,
  RollbackDesign,
  TargetVersion,
} from "./types";

export const NOW = new Date("2026-11-20T12:00:00Z");

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function minutesAfter(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MINUTE);
}
export function secondsAfter(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}
export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}
export function daysAgo(days: number): Date {
  return daysAfter(NOW, -days);
}

let sequence = 0;
function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

export const ALICE: Person = { id: "p-alice", name: "Alice Planner" };
export const EVAN: Person = { id: "p-evan", name: "Evan Executor" };
export const LEAD: Person = { id: "p-lead", name: "Lena Lead" };

/** p95 latency, lower is better, 20% under a 1,500 ms baseline (threshold 1,200), stop at 10% worse (1,650). */
export function buildKpiTarget(overrides: Partial<KpiTarget> = {}): KpiTarget {
  return {
    kpiKey: "p95_latency",
    label: "p95 latency",
    unit: "ms",
    direction: "LOWER_IS_BETTER",
    baseline: 1500,
    targetKind: "RELATIVE",
    targetValue: 0.2,
    stop: { kind: "RELATIVE", value: 0.1 },
    ...overrides,
  };
}

export function buildTargetVersion(overrides: Partial<TargetVersion> = {}): TargetVersion {
  return { version: 1, effectiveFrom: daysAgo(90), targets: [buildKpiTarget()], ...overrides };
}

export function buildMeasurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: nextId("m"),
    kpiKey: "p95_latency",
    value: 1100,
    source: "PRODUCTION",
    takenAt: daysAgo(20),
    invalidatedAt: null,
    ...overrides,
  };
}

export function buildIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: nextId("i"),
    ref: "INC-42",
    severity: "P1",
    title: "Checkout queries timing out",
    openedAt: daysAgo(20),
    resolvedAt: null,
    ...overrides,
  };
}

export function buildRegression(overrides: Partial<Regression> = {}): Regression {
  const detectedAt = overrides.detectedAt ?? daysAgo(20);
  return {
    id: nextId("g"),
    summary: "hash join spills to disk",
    detectedAt,
    recoveredAt: minutesAfter(detectedAt, 5),
    recoveredByRollback: false,
    attributedTo: "EXECUTOR",
    ...overrides,
  };
}

/**
 * A closed, stable release by default: deployed 20 days ago, 7-day observation window over,
 * one passing production latency measurement.
 */
export function buildRelease(overrides: Partial<Release> = {}): Release {
  const deployedAt = overrides.deployedAt === undefined ? daysAgo(20) : overrides.deployedAt;
  return {
    id: nextId("r"),
    versionLabel: "2026.11.1",
    engineVersion: "datafusion-51.0.0",
    deployedAt,
    observationEndsAt: deployedAt === null ? null : daysAfter(deployedAt, 7),
    rolledBackAt: null,
    measurements: [buildMeasurement({ takenAt: deployedAt === null ? daysAgo(20) : daysAfter(deployedAt, 1) })],
    incidents: [],
    regressions: [],
    ...overrides,
  };
}

/** Deployed a day ago by default, its 7-day observation window still open at NOW. */
export function buildInProgressRelease(overrides: Partial<Release> = {}): Release {
  const deployedAt = overrides.deployedAt ?? daysAgo(1);
  return buildRelease({ deployedAt, observationEndsAt: daysAfter(deployedAt, 7), ...overrides });
}

export function buildUnstableRelease(overrides: Partial<Release> = {}): Release {
  const deployedAt = overrides.deployedAt ?? daysAgo(20);
  return buildRelease({ deployedAt, incidents: [buildIncident({ openedAt: daysAfter(deployedAt, 1) })], ...overrides });
}

export function buildAssignment(role: OwnerRole, overrides: Partial<OwnerAssignment> = {}): OwnerAssignment {
  return {
    role,
    person: role === "PLANNER" ? ALICE : EVAN,
    assignedAt: daysAgo(120),
    endedAt: null,
    ...overrides,
  };
}

export function buildRollbackDesign(overrides: Partial<RollbackDesign> = {}): RollbackDesign {
  return {
    runbookUrl: "https://runbooks.example.com/checkout-rollback",
    rollbackTarget: "warehouse",
    drills: [{ performedAt: daysAgo(10), recoverySeconds: 300 }],
    ...overrides,
  };
}

export function buildPlanSnapshot(overrides: Partial<PlanSnapshotRef> = {}): PlanSnapshotRef {
  return { queryName: "q01_orders_by_day", capturedAt: daysAgo(100), ...overrides };
}

export function buildOverride(overrides: Partial<GateOverride> = {}): GateOverride {
  return { kind: "EXPANSION", at: daysAgo(2), by: LEAD, reason: "quarter-end deadline", ...overrides };
}

/**
 * A lane that is READY at NOW with no warnings or flags: targets with a stop condition in force
 * 90 days ago, owners since 120 days ago, plans captured 100 days ago, a fresh fast drill, and
 * two stable closed releases (2026.10.1 deployed 40 days ago, 2026.11.1 20 days ago).
 */
export function buildReadyLane(overrides: Partial<LaneData> = {}): LaneData {
  return {
    id: "lane-checkout",
    slug: "checkout",
    name: "Checkout",
    stage: "CANARY",
    leftProposedAt: daysAgo(100),
    policy: { ...DEFAULT_POLICY },
    targetVersions: [buildTargetVersion()],
    assignments: [buildAssignment("PLANNER"), buildAssignment("EXECUTOR")],
    releases: [
      buildRelease({ versionLabel: "2026.10.1", deployedAt: daysAgo(40) }),
      buildRelease({ versionLabel: "2026.11.1", deployedAt: daysAgo(20) }),
    ],
    rollbackDesign: buildRollbackDesign(),
    planSnapshots: [buildPlanSnapshot()],
    overrides: [],
    ...overrides,
  };
}

/** The context a release rule receives, built the way evaluateRelease builds it. */
export function buildReleaseRuleContext({
  release,
  targetVersions = [buildTargetVersion()],
  policy = DEFAULT_POLICY,
}: {
  release: Release;
  targetVersions?: TargetVersion[];
  policy?: Policy;
}): ReleaseRuleContext {
  const deployedAt = release.deployedAt ?? NOW;
  const targetVersion = findTargetVersion({ targetVersions, at: deployedAt });
  const kpis = evaluateKpis({ targets: targetVersion?.targets ?? [], measurements: release.measurements });
  return { release, deployedAt, targetVersion, kpis, policy };
}

/** The context a gate rule receives, built the way evaluateLane builds it. */
export function buildGateRuleContext({ lane, now = NOW }: { lane: LaneData; now?: Date }): GateRuleContext {
  const releases = sortReleasesNewestFirst({ releases: lane.releases }).map((release) =>
    evaluateRelease({ release, targetVersions: lane.targetVersions, policy: lane.policy, now }),
  );
  return { lane, now, streak: computeStreak({ releases }), releases };
}
