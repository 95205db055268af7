// The 500-lane data set of `npm run bench:scale` (issue 13), generated in memory and written with
// one multi-row INSERT ... SELECT FROM unnest(...) per table: 500 lanes x 24 releases x 6 KPIs
// (72,650 measurements), 1,954 plan snapshots cut from real DataFusion EXPLAIN texts
// (tests/fixtures/datafusion), owners, incidents, regressions, drills, stage changes and readiness
// history. Lanes get READY, HOLD (several causes) or STOP by what their data says, not by a flag.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";

const DAY = 86_400_000;
const HOUR = 3_600_000;

type Cell = string | number | boolean | null;
interface Table {
  columns: [name: string, type: string][];
  rows: Cell[][];
}

export interface BenchData {
  tables: Record<string, Table>;
  /** Lanes and the label of their open (in-progress) release, for the write benchmark. */
  openReleases: { slug: string; label: string }[];
  intended: Record<"READY" | "HOLD" | "STOP", number>;
  counts: Record<string, number>;
}

const KPIS = [
  // key, label, unit, direction, baseline, targetKind, targetValue, stopKind, stopValue, good value
  ["p95_latency_ms", "p95 latency", "ms", "LOWER_IS_BETTER", 4000, "RELATIVE", 0.2, "RELATIVE", 0.1, 2900],
  ["result_mismatches", "Mismatching queries", "queries", "LOWER_IS_BETTER", 0, "ABSOLUTE", 0, "ABSOLUTE", 0, 0],
  ["p99_latency_ms", "p99 latency", "ms", "LOWER_IS_BETTER", 9000, "RELATIVE", 0.1, "RELATIVE", 0.25, 7600],
  ["throughput_qps", "Throughput", "queries/s", "HIGHER_IS_BETTER", 100, "RELATIVE", 0.1, "RELATIVE", 0.3, 124],
  ["peak_memory_gb", "Peak memory", "GB", "LOWER_IS_BETTER", 64, "ABSOLUTE", 48, null, null, 41],
  ["error_rate_pct", "Error rate", "%", "LOWER_IS_BETTER", 0.5, "ABSOLUTE", 0.2, "ABSOLUTE", 2, 0.08],
] as const;

/** Before/after pairs of real DataFusion plan changes (tests/fixtures/datafusion/README.md). */
const CHANGED_PAIRS = [
  ["indent-tpch_plans_q1-2.txt", "indent-tpch_plans_q1-3.txt"],
  ["indent-tpch_plans_q5-2.txt", "indent-tpch_plans_q5-3.txt"],
  ["indent-tpch_plans_q9-2.txt", "indent-tpch_plans_q9-3.txt"],
  ["indent-tpch_plans_q18-2.txt", "indent-tpch_plans_q18-3.txt"],
  ["indent-tpch_plans_q5-4.txt", "indent-tpch_plans_q5-5.txt"],
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

export function generateBenchData({
  root,
  lanes: laneCount,
  now,
  leadId,
}: {
  root: string;
  lanes: number;
  now: number;
  leadId: string;
}): BenchData {
  const plans = path.join(root, "tests/fixtures/datafusion/plans");
  const read = (f: string) => readFileSync(path.join(plans, f), "utf8");
  const steady = Array.from({ length: 22 }, (_, q) => read(`indent-tpch_plans_q${q + 1}-1.txt`));
  const pairs = CHANGED_PAIRS.map(([a, b]) => [read(a), read(b)] as const);

  const t = (columns: [string, string][]): Table => ({ columns, rows: [] });
  const tables = {
    user: t([
      ["id", "text"],
      ["name", "text"],
      ["email", "text"],
      ["role", '"UserRole"'],
      ["team", "text"],
      ["updatedAt", "timestamptz"],
    ]),
    Lane: t([
      ["id", "text"],
      ["slug", "text"],
      ["name", "text"],
      ["workload", "text"],
      ["owningTeam", "text"],
      ["engineVersion", "text"],
      ["stage", '"LaneStage"'],
      ["leftProposedAt", "timestamptz"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    OwnerAssignment: t([
      ["id", "text"],
      ["laneId", "text"],
      ["role", '"OwnerRole"'],
      ["userId", "text"],
      ["assignedById", "text"],
      ["reason", "text"],
      ["assignedAt", "timestamptz"],
      ["endedAt", "timestamptz"],
    ]),
    TargetVersion: t([
      ["id", "text"],
      ["laneId", "text"],
      ["version", "int"],
      ["status", '"TargetVersionStatus"'],
      ["proposedById", "text"],
      ["approvedById", "text"],
      ["createdAt", "timestamptz"],
      ["approvedAt", "timestamptz"],
      ["effectiveFrom", "timestamptz"],
      ["frozenAt", "timestamptz"],
    ]),
    KpiTarget: t([
      ["id", "text"],
      ["targetVersionId", "text"],
      ["kpiKey", "text"],
      ["label", "text"],
      ["unit", "text"],
      ["direction", '"KpiDirection"'],
      ["baseline", "numeric"],
      ["targetKind", '"ThresholdKind"'],
      ["targetValue", "numeric"],
      ["stopKind", '"ThresholdKind"'],
      ["stopValue", "numeric"],
      ["position", "int"],
    ]),
    Release: t([
      ["id", "text"],
      ["laneId", "text"],
      ["versionLabel", "text"],
      ["engineVersion", "text"],
      ["createdAt", "timestamptz"],
      ["deployedAt", "timestamptz"],
      ["observationEndsAt", "timestamptz"],
      ["rolledBackAt", "timestamptz"],
      ["rollbackReason", "text"],
    ]),
    Measurement: t([
      ["id", "text"],
      ["releaseId", "text"],
      ["kpiKey", "text"],
      ["value", "numeric"],
      ["source", '"MeasurementSource"'],
      ["takenAt", "timestamptz"],
      ["invalidatedAt", "timestamptz"],
      ["invalidationReason", "text"],
      ["createdAt", "timestamptz"],
    ]),
    Incident: t([
      ["id", "text"],
      ["laneId", "text"],
      ["releaseId", "text"],
      ["ref", "text"],
      ["severity", '"Severity"'],
      ["title", "text"],
      ["openedAt", "timestamptz"],
      ["resolvedAt", "timestamptz"],
    ]),
    Regression: t([
      ["id", "text"],
      ["releaseId", "text"],
      ["summary", "text"],
      ["detectedAt", "timestamptz"],
      ["recoveredAt", "timestamptz"],
      ["recoveredByRollback", "boolean"],
      ["attributedTo", '"OwnerRole"'],
    ]),
    RollbackDesign: t([
      ["id", "text"],
      ["laneId", "text"],
      ["runbookUrl", "text"],
      ["rollbackTarget", "text"],
      ["updatedAt", "timestamptz"],
    ]),
    RollbackDrill: t([
      ["id", "text"],
      ["laneId", "text"],
      ["performedAt", "timestamptz"],
      ["recoverySeconds", "int"],
      ["notes", "text"],
    ]),
    PlanSnapshot: t([
      ["id", "text"],
      ["laneId", "text"],
      ["releaseId", "text"],
      ["queryName", "text"],
      ["rawText", "text"],
      ["capturedAt", "timestamptz"],
    ]),
    StageChange: t([
      ["id", "text"],
      ["laneId", "text"],
      ["fromStage", '"LaneStage"'],
      ["toStage", '"LaneStage"'],
      ["reason", "text"],
      ["changedById", "text"],
      ["at", "timestamptz"],
    ]),
    ReadinessChange: t([
      ["id", "text"],
      ["laneId", "text"],
      ["at", "timestamptz"],
      ["verdict", '"Verdict"'],
      ["streak", "int"],
      ["reasonCodes", "text[]"],
      ["flagCodes", "text[]"],
      ["evaluation", "jsonb"],
      ["cause", "text"],
    ]),
  } satisfies Record<string, Table>;

  let seq = 0;
  const id = (prefix: string) => `${prefix}${(seq++).toString(36).padStart(6, "0")}`;
  const people = Array.from({ length: 39 }, () => id("bu"));
  people.forEach((pid, n) =>
    tables.user.rows.push([
      pid,
      `Owner ${n + 1}`,
      `owner${n + 1}@bench.example`,
      "LANE_OWNER",
      `team-${n % 12}`,
      iso(now),
    ]),
  );

  const intended = { READY: 0, HOLD: 0, STOP: 0 };
  const openReleases: BenchData["openReleases"] = [];
  const RELEASES = 24;
  for (let i = 0; i < laneCount; i += 1) {
    // 10% STOP (a mismatch in the newest closed release), 30% HOLD for six different reasons, 60% READY.
    const kind = i % 20;
    const stop = kind < 2;
    const latencyMissed = kind === 2 || kind === 3;
    const noDrill = kind === 4;
    const noExecutor = kind === 5;
    const priorityIncident = kind === 6;
    const slowDrill = kind === 7;
    intended[stop ? "STOP" : kind < 8 ? "HOLD" : "READY"] += 1;

    const laneId = id("bl");
    const slug = `bench-lane-${String(i).padStart(3, "0")}`;
    const firstDeploy = now - (RELEASES * 10 - 7) * DAY - (i % 24) * HOUR;
    const created = firstDeploy - 12 * DAY;
    tables.Lane.rows.push([
      laneId,
      slug,
      `Bench lane ${String(i).padStart(3, "0")}`,
      `Workload ${i % 37}`,
      `team-${i % 12}`,
      "53.1.0",
      i % 10 === 9 ? "CANARY" : "PRODUCTION",
      iso(created + 2 * DAY),
      iso(created),
      iso(now),
    ]);
    const planner = people[i % people.length] as string;
    const executor = people[(i * 7 + 3) % people.length] as string;
    tables.OwnerAssignment.rows.push([
      id("oa"),
      laneId,
      "PLANNER",
      planner,
      leadId,
      "Owns the plans",
      iso(created),
      null,
    ]);
    tables.OwnerAssignment.rows.push([
      id("oa"),
      laneId,
      "EXECUTOR",
      executor,
      leadId,
      "Owns execution",
      iso(created),
      noExecutor ? iso(now - 5 * DAY) : null,
    ]);
    const tvId = id("tv");
    tables.TargetVersion.rows.push([
      tvId,
      laneId,
      1,
      "APPROVED",
      leadId,
      leadId,
      iso(created + DAY),
      iso(created + DAY),
      iso(created + DAY),
      iso(firstDeploy),
    ]);
    KPIS.forEach(([key, label, unit, direction, baseline, tk, tv, sk, sv], position) =>
      tables.KpiTarget.rows.push([id("kt"), tvId, key, label, unit, direction, baseline, tk, tv, sk, sv, position]),
    );
    tables.StageChange.rows.push(
      [id("sc"), laneId, "PROPOSED", "SHADOW", "Shadow traffic", leadId, iso(created + 2 * DAY)],
      [id("sc"), laneId, "SHADOW", "CANARY", "Canary", leadId, iso(firstDeploy)],
    );
    if (i % 10 !== 9)
      tables.StageChange.rows.push([
        id("sc"),
        laneId,
        "CANARY",
        "PRODUCTION",
        "Production",
        leadId,
        iso(firstDeploy + 30 * DAY),
      ]);
    tables.RollbackDesign.rows.push([id("rd"), laneId, `https://runbooks.example/${slug}`, "warehouse", iso(now)]);
    if (!noDrill) {
      tables.RollbackDrill.rows.push([id("dr"), laneId, iso(now - 100 * DAY), 420, "Quarterly drill"]);
      tables.RollbackDrill.rows.push([id("dr"), laneId, iso(now - 20 * DAY), slowDrill ? 1260 : 380, "Drill"]);
    }

    let releaseIds: string[] = [];
    for (let r = 0; r < RELEASES; r += 1) {
      const relId = id("br");
      releaseIds.push(relId);
      const deployed = firstDeploy + r * 10 * DAY;
      const label = `2026.${String(r + 1).padStart(2, "0")}`;
      tables.Release.rows.push([
        relId,
        laneId,
        label,
        "53.1.0",
        iso(deployed - DAY),
        iso(deployed),
        iso(deployed + 7 * DAY),
        null,
        null,
      ]);
      if (r === RELEASES - 1) openReleases.push({ slug, label });
      const newestClosed = r === RELEASES - 2;
      // An older unstable release now and then, so streaks vary between lanes.
      const olderMiss = !newestClosed && r === RELEASES - 2 - (i % 9) - 2 && i % 3 === 0;
      KPIS.forEach(([key, , , , , , , , , good], k) => {
        let value: number = good;
        if (key === "p95_latency_ms") value = good + ((i * 31 + r * 17) % 200) - 100;
        if (key === "p95_latency_ms" && ((newestClosed && latencyMissed) || olderMiss)) value = 3650;
        if (key === "result_mismatches" && newestClosed && stop) value = 2;
        tables.Measurement.rows.push([
          id("bm"),
          relId,
          key,
          value,
          "PRODUCTION",
          iso(deployed + (0.2 + k * 0.3) * DAY),
          null,
          null,
          iso(deployed + (0.2 + k * 0.3) * DAY),
        ]);
      });
      if (r === RELEASES - 2) {
        // A synthetic POC number next to the production one (never counts).
        tables.Measurement.rows.push([
          id("bm"),
          relId,
          "p95_latency_ms",
          2500,
          "SYNTHETIC",
          iso(deployed + DAY),
          null,
          null,
          iso(deployed + DAY),
        ]);
      }
      if (r === RELEASES - 3 && i % 10 < 3) {
        // A measurement invalidated later (a broken load generator).
        tables.Measurement.rows.push([
          id("bm"),
          relId,
          "throughput_qps",
          40,
          "PRODUCTION",
          iso(deployed + 2 * DAY),
          iso(deployed + 3 * DAY),
          "Load generator misconfigured",
          iso(deployed + 2 * DAY),
        ]);
      }
      if (r % 6 === i % 6)
        tables.Incident.rows.push([
          id("in"),
          laneId,
          relId,
          `INC-${i}-${r}`,
          r % 4 === 0 ? "P3" : "P4",
          "Slow dashboard refresh",
          iso(deployed + 2 * DAY),
          iso(deployed + 2 * DAY + 2 * HOUR),
        ]);
      if (newestClosed && priorityIncident)
        tables.Incident.rows.push([
          id("in"),
          laneId,
          relId,
          `INC-${i}-P2`,
          "P2",
          "Wrong totals in a finance report",
          iso(deployed + 3 * DAY),
          iso(deployed + 3 * DAY + 5 * HOUR),
        ]);
      if (r % 8 === i % 8)
        tables.Regression.rows.push([
          id("rg"),
          relId,
          "Spill to disk on the large join",
          iso(deployed + 2 * DAY),
          iso(deployed + 2 * DAY + 6 * 60_000),
          false,
          r % 2 ? "PLANNER" : "EXECUTOR",
        ]);
    }

    // Plans of two queries for the last two releases: most re-push identical text, every 7th lane
    // pushes a real DataFusion change for both queries, every 11th pushed one query only before.
    const changed = i % 7 === 0;
    for (const [q, queryName] of ["q_main", "q_side"].entries()) {
      const pair = pairs[(i + q) % pairs.length] as readonly [string, string];
      const same = steady[(i * 3 + q * 5) % steady.length] as string;
      const [before, after] = changed ? pair : [same, same];
      const releases = [RELEASES - 2, RELEASES - 1];
      for (const r of releases) {
        if (r === RELEASES - 2 && q === 1 && i % 11 === 0) continue;
        tables.PlanSnapshot.rows.push([
          id("ps"),
          laneId,
          releaseIds[r] as string,
          queryName,
          r === RELEASES - 2 ? before : after,
          iso(firstDeploy + r * 10 * DAY - HOUR + q * 60_000),
        ]);
      }
    }
    releaseIds = [];

    // Readiness history: three changes over the last month, ending with the lane's intended verdict.
    const verdict = stop ? "STOP" : kind < 8 ? "HOLD" : "READY";
    const history: [number, string, number][] = [
      [now - 30 * DAY, "HOLD", 1],
      [now - 14 * DAY, i % 4 === 0 ? "STOP" : "READY", i % 4 === 0 ? 0 : 2],
      [now - (i % 10) * DAY - HOUR, verdict, verdict === "READY" ? 3 : 0],
    ];
    for (const [at, v, streak] of history)
      tables.ReadinessChange.rows.push([
        id("rc"),
        laneId,
        iso(at),
        v,
        streak,
        v === "READY" ? "{}" : "{STREAK_TOO_SHORT}",
        "{OBSERVABILITY_LATE}",
        JSON.stringify({ verdict: v, streak, requiredStreak: 2, source: "bench-scale generator" }),
        "bench data",
      ]);
  }
  const counts = Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, table.rows.length]));
  return { tables, openReleases, intended, counts };
}

/** Writes every table with one INSERT ... SELECT FROM unnest($1::text[], ...) each, in FK order. */
export async function insertBenchData(client: pg.Client, data: BenchData) {
  await client.query("BEGIN");
  await adaptToTeamRows(client, data);
  for (const [name, table] of Object.entries(data.tables)) {
    const columns = table.columns.map(([c]) => `"${c}"`).join(", ");
    const casts = table.columns.map(([, type], j) => `u.c${j}::${type}`).join(", ");
    const unnest = table.columns.map((_, j) => `$${j + 1}::text[]`).join(", ");
    const alias = table.columns.map((_, j) => `c${j}`).join(", ");
    const params = table.columns.map((_, j) =>
      table.rows.map((row) => {
        const cell = row[j];
        return cell === null || cell === undefined ? null : String(cell);
      }),
    );
    await client.query(
      `INSERT INTO "${name}" (${columns}) SELECT ${casts} FROM unnest(${unnest}) AS u(${alias})`,
      params,
    );
  }
  await client.query("COMMIT");
  await client.query("ANALYZE");
}

/**
 * Lanes name their owning team as text, or (a later schema) point at a Team row: then one team
 * row per name is written first and the lanes get its id.
 */
async function adaptToTeamRows(client: pg.Client, data: BenchData) {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Lane'`,
  );
  const columns = new Set(rows.map((r) => r.column_name));
  if (columns.has("owningTeam") || !columns.has("teamId")) return;
  const lanes = data.tables.Lane as Table;
  const at = lanes.columns.findIndex(([c]) => c === "owningTeam");
  const names = [...new Set(lanes.rows.map((r) => r[at] as string))];
  const ids = new Map(names.map((name) => [name, `bt-${name}`]));
  await client.query(`INSERT INTO "Team" (id, slug, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
    names.map((n) => ids.get(n)),
    names,
    names.map((n) => `Team ${n}`),
  ]);
  lanes.columns[at] = ["teamId", "text"];
  for (const r of lanes.rows) r[at] = ids.get(r[at] as string) ?? null;
}
