import type {
  LaneStage,
  MeasurementSource,
  OwnerRole,
  Severity,
  GateOverrideKind,
} from "@/lib/generated/prisma/client";
import type { PersonKey } from "@/lib/server/seed/demo-people";
import {
  ATTRIBUTION_JOIN_PLAN,
  GENERIC_SCAN_PLAN,
  REVENUE_ROLLUP_PLAN_V1,
  REVENUE_ROLLUP_PLAN_V2,
  SESSIONIZATION_PLAN,
} from "@/lib/server/seed/demo-plans";

// Times are in days before the seed runs (fractions allowed), so the demo keeps its shape
// whenever it is loaded: the mid-release lane stays mid-release.

export interface DemoTarget {
  kpiKey: string;
  label: string;
  unit: string;
  direction: "LOWER_IS_BETTER" | "HIGHER_IS_BETTER";
  baseline: number;
  targetKind: "ABSOLUTE" | "RELATIVE";
  targetValue: number;
  stop?: { kind: "ABSOLUTE" | "RELATIVE"; value: number };
}

export interface DemoRelease {
  label: string;
  engineVersion: string;
  deployedDaysAgo: number;
  windowDays: number;
  rolledBack?: { daysAgo: number; reason: string };
  measurements: { kpiKey: string; value: number; source: MeasurementSource; daysAgo: number; invalidated?: string }[];
  incidents?: { ref: string; severity: Severity; title: string; openedDaysAgo: number; resolvedDaysAgo?: number }[];
  regressions?: {
    summary: string;
    detectedDaysAgo: number;
    recoveryMinutes: number | null;
    byRollback?: boolean;
    side?: OwnerRole;
    planChange?: string;
  }[];
  plans?: { query: string; text: string; daysAgo: number }[];
}

export interface DemoLane {
  slug: string;
  name: string;
  workload: string;
  owningTeam: string;
  engineVersion: string;
  createdDaysAgo: number;
  stages: { to: LaneStage; daysAgo: number; by: PersonKey; reason: string; override?: GateOverrideKind }[];
  owners: {
    role: OwnerRole;
    person: PersonKey;
    by: PersonKey;
    daysAgo: number;
    reason: string;
    endedDaysAgo?: number;
  }[];
  targetsDefinedDaysAgo: number;
  targets: DemoTarget[];
  rollback?: { runbookUrl: string; target: string; drills: { daysAgo: number; seconds: number; notes: string }[] };
  plans?: { query: string; text: string; daysAgo: number }[];
  releases: DemoRelease[];
}

const latency = (baseline: number): DemoTarget => ({
  kpiKey: "p95_latency_ms",
  label: "p95 latency",
  unit: "ms",
  direction: "LOWER_IS_BETTER",
  baseline,
  targetKind: "RELATIVE",
  targetValue: 0.2,
  stop: { kind: "RELATIVE", value: 0.1 },
});

const parity: DemoTarget = {
  kpiKey: "result_mismatches",
  label: "Result mismatches",
  unit: "queries",
  direction: "LOWER_IS_BETTER",
  baseline: 0,
  targetKind: "ABSOLUTE",
  targetValue: 0,
  stop: { kind: "ABSOLUTE", value: 0 },
};

const m = (kpiKey: string, value: number, source: MeasurementSource, daysAgo: number) => ({
  kpiKey,
  value,
  source,
  daysAgo,
});

export const DEMO_LANES: DemoLane[] = [
  {
    slug: "nightly-revenue-rollup",
    name: "Nightly revenue rollup",
    workload:
      "Nightly aggregation of completed orders into revenue by day and region (41 queries, 2.3 TB of Parquet) feeding the finance close dashboards.",
    owningTeam: "Finance Data Platform",
    engineVersion: "DataFusion 53.1.0",
    createdDaysAgo: 120,
    stages: [
      {
        to: "SHADOW",
        daysAgo: 100,
        by: "priya",
        reason: "Targets, owners and rollback runbook in place; start shadow comparison.",
      },
      { to: "CANARY", daysAgo: 80, by: "priya", reason: "Shadow parity clean for 14 nights." },
      { to: "PRODUCTION", daysAgo: 60, by: "priya", reason: "Canary met latency target on 25% of partitions." },
    ],
    owners: [
      {
        role: "PLANNER",
        person: "lena",
        by: "priya",
        daysAgo: 115,
        reason: "Owns optimizer rules for the finance workloads.",
      },
      {
        role: "EXECUTOR",
        person: "tomas",
        by: "priya",
        daysAgo: 115,
        reason: "Runs the executor fleet and memory budgets.",
      },
    ],
    targetsDefinedDaysAgo: 110,
    targets: [latency(4200), parity],
    rollback: {
      runbookUrl: "https://runbooks.northwind.example/datafusion/revenue-rollup-rollback",
      target: "Snowflake warehouse job REVENUE_ROLLUP_V7",
      drills: [
        { daysAgo: 105, seconds: 780, notes: "First drill; feature flag flip plus warehouse warm-up." },
        { daysAgo: 21, seconds: 410, notes: "Rollback through the routing flag only." },
      ],
    },
    plans: [{ query: "revenue_by_region", text: REVENUE_ROLLUP_PLAN_V1, daysAgo: 101 }],
    releases: [
      {
        label: "2026.09.1",
        engineVersion: "DataFusion 52.0.0",
        deployedDaysAgo: 78,
        windowDays: 14,
        measurements: [m("p95_latency_ms", 3410, "PRODUCTION", 66), m("result_mismatches", 0, "SHADOW", 66)],
        incidents: [
          {
            ref: "INC-2087",
            severity: "P2",
            title: "Revenue rollup missed the 06:00 close deadline",
            openedDaysAgo: 72,
            resolvedDaysAgo: 71.9,
          },
        ],
        regressions: [
          {
            summary: "Hash aggregate spilled to disk on month-end partition",
            detectedDaysAgo: 72,
            recoveryMinutes: 11,
            side: "EXECUTOR",
          },
        ],
      },
      {
        label: "2026.10.1",
        engineVersion: "DataFusion 53.0.0",
        deployedDaysAgo: 50,
        windowDays: 14,
        measurements: [
          m("p95_latency_ms", 3390, "SYNTHETIC", 49),
          m("p95_latency_ms", 3240, "PRODUCTION", 37),
          m("result_mismatches", 0, "SHADOW", 37),
        ],
        plans: [{ query: "revenue_by_region", text: REVENUE_ROLLUP_PLAN_V1, daysAgo: 50 }],
      },
      {
        label: "2026.11.1",
        engineVersion: "DataFusion 53.1.0",
        deployedDaysAgo: 24,
        windowDays: 14,
        measurements: [
          m("p95_latency_ms", 3650, "PRODUCTION", 17),
          { ...m("p95_latency_ms", 3020, "PRODUCTION", 11) },
          m("result_mismatches", 0, "SHADOW", 11),
        ],
        regressions: [
          {
            summary: "Filter pushdown lost after projection rewrite",
            detectedDaysAgo: 20,
            recoveryMinutes: 15,
            side: "PLANNER",
            planChange: "FilterExec no longer pushed into DataSourceExec predicate",
          },
        ],
        plans: [{ query: "revenue_by_region", text: REVENUE_ROLLUP_PLAN_V2, daysAgo: 24 }],
      },
    ],
  },
  {
    slug: "ad-attribution-joins",
    name: "Ad attribution joins",
    workload: "Hourly join of ad clicks to conversions for last-touch attribution (6 join-heavy queries over 400 GB).",
    owningTeam: "Marketing Analytics",
    engineVersion: "DataFusion 53.1.0",
    createdDaysAgo: 90,
    stages: [
      { to: "SHADOW", daysAgo: 75, by: "aiko", reason: "Shadow run against the warehouse attribution job." },
      {
        to: "CANARY",
        daysAgo: 62,
        by: "marcus",
        reason: "Campaign season: attribution latency is blocking marketing; accepting a second canary lane.",
        override: "ONE_LANE",
      },
    ],
    owners: [
      {
        role: "PLANNER",
        person: "aiko",
        by: "marcus",
        daysAgo: 88,
        reason: "Wrote the join reordering rules for attribution.",
      },
    ],
    targetsDefinedDaysAgo: 80,
    targets: [latency(9800), parity],
    rollback: {
      runbookUrl: "https://runbooks.northwind.example/datafusion/ad-attribution-rollback",
      target: "BigQuery scheduled query attribution_hourly",
      drills: [{ daysAgo: 40, seconds: 600, notes: "Rerouted one hour of traffic back to BigQuery." }],
    },
    plans: [{ query: "last_touch_attribution", text: ATTRIBUTION_JOIN_PLAN, daysAgo: 76 }],
    releases: [
      {
        label: "2026.10.2",
        engineVersion: "DataFusion 53.0.0",
        deployedDaysAgo: 40,
        windowDays: 10,
        measurements: [m("p95_latency_ms", 7420, "PRODUCTION", 31), m("result_mismatches", 0, "SHADOW", 31)],
      },
    ],
  },
  {
    slug: "clickstream-sessionization",
    name: "Clickstream sessionization",
    workload: "Sessionizes web clickstream events with window functions every 15 minutes (3 queries, 1.1 B rows/day).",
    owningTeam: "Web Analytics",
    engineVersion: "DataFusion 53.1.0",
    createdDaysAgo: 85,
    stages: [
      { to: "SHADOW", daysAgo: 70, by: "priya", reason: "Shadow sessionization beside Spark." },
      { to: "CANARY", daysAgo: 30, by: "priya", reason: "Revenue rollup READY, one-lane rule lifted." },
    ],
    owners: [
      { role: "PLANNER", person: "sofia", by: "priya", daysAgo: 80, reason: "Owns the window-function planning path." },
      { role: "EXECUTOR", person: "dmitri", by: "priya", daysAgo: 80, reason: "Owns sort and spill behaviour." },
    ],
    targetsDefinedDaysAgo: 78,
    targets: [latency(2600), parity],
    rollback: {
      runbookUrl: "https://runbooks.northwind.example/datafusion/sessionization-rollback",
      target: "Spark job sessionize_v3 on EMR",
      drills: [{ daysAgo: 35, seconds: 540, notes: "Flag flip; Spark cluster kept warm." }],
    },
    plans: [{ query: "sessionize_events", text: SESSIONIZATION_PLAN, daysAgo: 71 }],
    releases: [
      {
        label: "2026.10.3",
        engineVersion: "DataFusion 53.0.0",
        deployedDaysAgo: 29,
        windowDays: 7,
        measurements: [m("p95_latency_ms", 2010, "PRODUCTION", 23), m("result_mismatches", 0, "SHADOW", 23)],
      },
      {
        label: "2026.11.2",
        engineVersion: "DataFusion 53.1.0",
        deployedDaysAgo: 12,
        windowDays: 7,
        measurements: [m("p95_latency_ms", 3070, "PRODUCTION", 9), m("result_mismatches", 2, "SHADOW", 9)],
        incidents: [
          {
            ref: "INC-2211",
            severity: "P3",
            title: "Session counts differ from Spark for late events",
            openedDaysAgo: 9,
            resolvedDaysAgo: 8,
          },
        ],
        regressions: [
          {
            summary: "Sort spill after window partition change",
            detectedDaysAgo: 10,
            recoveryMinutes: 42,
            side: "EXECUTOR",
            planChange: "RepartitionExec 12 → 48 partitions before SortExec",
          },
        ],
      },
    ],
  },
  {
    slug: "log-search-adhoc",
    name: "Log search (ad hoc)",
    workload:
      "Analyst ad hoc search over 30 days of service logs in Parquet; proof of concept on ClickBench-style queries.",
    owningTeam: "Observability",
    engineVersion: "DataFusion 53.1.0",
    createdDaysAgo: 45,
    stages: [{ to: "SHADOW", daysAgo: 30, by: "ravi", reason: "Try it against the analysts' saved searches." }],
    owners: [
      { role: "PLANNER", person: "ravi", by: "marcus", daysAgo: 44, reason: "Proposed the lane." },
      {
        role: "EXECUTOR",
        person: "dmitri",
        by: "marcus",
        daysAgo: 20,
        reason: "Runtime team took the executor role after the POC.",
      },
    ],
    targetsDefinedDaysAgo: 40,
    targets: [latency(1500), parity],
    rollback: {
      runbookUrl: "https://runbooks.northwind.example/datafusion/log-search-rollback",
      target: "Elasticsearch cluster logs-prod",
      drills: [],
    },
    releases: [
      {
        label: "poc-2026.10",
        engineVersion: "DataFusion 53.0.0",
        deployedDaysAgo: 28,
        windowDays: 7,
        measurements: [m("p95_latency_ms", 640, "SYNTHETIC", 27), m("result_mismatches", 0, "SYNTHETIC", 27)],
        plans: [{ query: "error_rate_by_service", text: GENERIC_SCAN_PLAN("logs"), daysAgo: 27 }],
      },
    ],
  },
  {
    slug: "inventory-snapshot-etl",
    name: "Inventory snapshot ETL",
    workload: "Daily snapshot of warehouse inventory positions across 140 sites, joined to the product catalogue.",
    owningTeam: "Supply Chain Data",
    engineVersion: "DataFusion 53.1.0",
    createdDaysAgo: 100,
    stages: [
      { to: "SHADOW", daysAgo: 95, by: "jonas", reason: "Quick start on the shadow copy." },
      { to: "CANARY", daysAgo: 70, by: "priya", reason: "Shadow results matched for a month." },
      { to: "PRODUCTION", daysAgo: 50, by: "priya", reason: "Canary stable." },
      {
        to: "EXPANDED",
        daysAgo: 15,
        by: "marcus",
        reason: "Peak season: moving the replenishment queries over before the proof is complete.",
        override: "EXPANSION",
      },
    ],
    owners: [
      { role: "PLANNER", person: "jonas", by: "priya", daysAgo: 98, reason: "Lane lead." },
      { role: "EXECUTOR", person: "tomas", by: "priya", daysAgo: 98, reason: "Executor fleet owner." },
    ],
    targetsDefinedDaysAgo: 60,
    targets: [latency(5400), parity],
    rollback: {
      runbookUrl: "https://runbooks.northwind.example/datafusion/inventory-rollback",
      target: "Redshift stored procedure inventory_snapshot",
      drills: [{ daysAgo: 55, seconds: 840, notes: "Slow: Redshift resume took most of it." }],
    },
    plans: [{ query: "inventory_positions", text: GENERIC_SCAN_PLAN("inventory"), daysAgo: 45 }],
    releases: [
      {
        label: "2026.09.4",
        engineVersion: "DataFusion 52.0.0",
        deployedDaysAgo: 65,
        windowDays: 14,
        measurements: [m("p95_latency_ms", 4400, "PRODUCTION", 52), m("result_mismatches", 0, "SHADOW", 52)],
      },
      {
        label: "2026.10.4",
        engineVersion: "DataFusion 53.0.0",
        deployedDaysAgo: 35,
        windowDays: 14,
        measurements: [m("p95_latency_ms", 4120, "PRODUCTION", 22), m("result_mismatches", 0, "SHADOW", 22)],
      },
    ],
  },
  {
    slug: "customer-360-enrichment",
    name: "Customer 360 enrichment",
    workload: "Enriches the customer profile table with order, support and web signals every 2 hours (12 queries).",
    owningTeam: "Customer Data",
    engineVersion: "DataFusion 53.1.0",
    createdDaysAgo: 150,
    stages: [
      { to: "SHADOW", daysAgo: 140, by: "priya", reason: "Shadow against dbt models." },
      { to: "CANARY", daysAgo: 20, by: "priya", reason: "Revenue rollup READY; second lane may enter canary." },
    ],
    owners: [
      { role: "PLANNER", person: "hannah", by: "priya", daysAgo: 145, reason: "Owns the enrichment models." },
      {
        role: "EXECUTOR",
        person: "tomas",
        by: "priya",
        daysAgo: 145,
        reason: "Executor fleet owner.",
        endedDaysAgo: 30,
      },
      {
        role: "EXECUTOR",
        person: "dmitri",
        by: "priya",
        daysAgo: 30,
        reason: "Tomás moved to the inventory lane full time.",
      },
    ],
    targetsDefinedDaysAgo: 142,
    targets: [latency(3100), parity],
    rollback: {
      runbookUrl: "https://runbooks.northwind.example/datafusion/customer-360-rollback",
      target: "dbt Cloud job customer_360_hourly",
      drills: [{ daysAgo: 120, seconds: 300, notes: "Drill during the shadow phase." }],
    },
    plans: [{ query: "profile_enrichment", text: GENERIC_SCAN_PLAN("customers"), daysAgo: 139 }],
    releases: [
      {
        label: "2026.11.0",
        engineVersion: "DataFusion 53.0.0",
        deployedDaysAgo: 19,
        windowDays: 7,
        measurements: [m("p95_latency_ms", 2300, "PRODUCTION", 13), m("result_mismatches", 0, "SHADOW", 13)],
      },
      {
        label: "2026.11.3",
        engineVersion: "DataFusion 53.1.0",
        deployedDaysAgo: 3,
        windowDays: 7,
        measurements: [m("p95_latency_ms", 2250, "PRODUCTION", 1)],
        plans: [{ query: "profile_enrichment", text: GENERIC_SCAN_PLAN("customers"), daysAgo: 3 }],
      },
    ],
  },
  {
    slug: "supplier-risk-scoring",
    name: "Supplier risk scoring",
    workload: "Weekly supplier risk features over contracts, deliveries and payments; candidate for the next lane.",
    owningTeam: "Procurement Analytics",
    engineVersion: "DataFusion 53.1.0",
    createdDaysAgo: 6,
    stages: [],
    owners: [
      { role: "PLANNER", person: "lena", by: "priya", daysAgo: 5, reason: "Planner owner for the first sizing." },
    ],
    targetsDefinedDaysAgo: 5,
    targets: [latency(12500), parity],
    releases: [],
  },
];
