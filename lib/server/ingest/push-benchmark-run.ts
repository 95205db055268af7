import "server-only";
import { checkKpiValue } from "@/lib/domain/kpi/unit-catalogue";
import { buildLatencyMeasurement } from "@/lib/domain/benchmarks/build-latency-measurement";
import { compareRuns } from "@/lib/domain/benchmarks/compare-runs";
import { deriveLatencyKpi } from "@/lib/domain/benchmarks/derive-latency-kpi";
import { parseBenchmarkRun } from "@/lib/domain/benchmarks/parse-benchmark-run";
import type { RunComparison } from "@/lib/domain/benchmarks/types";
import type { TPushBenchmarkRun } from "@/lib/schemas/ingest";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { findLatencyKpi } from "@/lib/server/ingest/find-latency-kpi";
import { findReleaseOrThrow } from "@/lib/server/releases/find-release-or-throw";
import { toBenchmarkRun } from "@/lib/server/ingest/to-benchmark-run";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { toJsonValue } from "@/lib/server/mutations/to-json-value";

/**
 * Stores a pushed benchmark run. A BASELINE becomes the lane's baseline (the latest one wins); a
 * CANDIDATE is compared with it and, for a release, records the latency KPI (see deriveLatencyKpi
 * for the mapping and why incomplete comparisons record nothing).
 */
export async function pushBenchmarkRun({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TPushBenchmarkRun;
  now?: Date;
}) {
  const parsed = parseBenchmarkRun(input.result);
  if (!parsed.ok) {
    throw new AppError(
      "INVALID_BENCHMARK_RUN",
      "The benchmark result is not a DataFusion benchmark JSON this API accepts.",
      {
        fix: "Send the file dfbench (-o) or ClickBench wrote, unchanged, under result.",
        params: parsed.problems.map((p) => ({ pointer: `/result${p.pointer}`, message: p.message })),
      },
    );
  }
  const run = parsed.run;
  const lane = await getLaneIdOrThrow({ db, slug });
  const failed = run.queries.filter((q) => q.status === "failed").length;
  return runMutation(
    { db, actor, now },
    {
      permission: "ingest.write",
      laneId: lane.id,
      action: "benchmark_run.push",
      summary:
        input.role === "BASELINE"
          ? `Baseline benchmark run pushed (${run.queries.length} queries)`
          : `Candidate benchmark run pushed${input.releaseLabel ? ` for release ${input.releaseLabel}` : ""}`,
      run: async (tx) => {
        const release = input.releaseLabel
          ? await findReleaseOrThrow({ db: tx, lane, label: input.releaseLabel, pointer: "/releaseLabel" })
          : null;
        const baselineRow =
          input.role === "CANDIDATE"
            ? await tx.benchmarkRun.findFirst({
                where: { laneId: lane.id, role: "BASELINE" },
                orderBy: { createdAt: "desc" },
              })
            : null;
        if (input.role === "CANDIDATE" && release && !baselineRow) {
          throw new AppError(
            "NO_BASELINE_RUN",
            `Lane ${lane.name} has no baseline benchmark run to compare the candidate with.`,
            {
              fix: 'Push a run with role "BASELINE" first (lanegate bench push --role baseline).',
            },
          );
        }
        const stored = await tx.benchmarkRun.create({
          data: {
            laneId: lane.id,
            releaseId: release?.id ?? null,
            role: input.role,
            format: run.format,
            label: input.label ?? null,
            engineVersion: run.engineVersion,
            machine: run.machine,
            startedAt: run.startedAt,
            queries: toJsonValue(run.queries) ?? [],
            raw: toJsonValue(input.result) ?? {},
            createdAt: now,
          },
          select: {
            id: true,
            role: true,
            format: true,
            label: true,
            engineVersion: true,
            machine: true,
            startedAt: true,
            createdAt: true,
          },
        });
        let comparison: RunComparison | null = null;
        let measurement: {
          id: string;
          kpiKey: string;
          value: number;
          source: string;
          interval: { low: number; high: number; confidence: number } | null;
        } | null = null;
        let measurementSkipped: string | null = null;
        if (baselineRow) {
          comparison = compareRuns({ baseline: toBenchmarkRun(baselineRow), candidate: run });
          if (release) {
            const kpi = await findLatencyKpi(tx, lane.id, now);
            const derived = kpi
              ? deriveLatencyKpi({ measurement: buildLatencyMeasurement(comparison), kpiBaseline: kpi.baseline })
              : { recorded: false as const, reason: "the lane has no latency KPI target in force" };
            // A latency is a time: a value outside the ms domain is evidence of a broken run, never recorded.
            const outOfDomain = derived.recorded ? checkKpiValue("ms", derived.value) : null;
            const outcome = outOfDomain
              ? {
                  recorded: false as const,
                  reason: `the derived latency ${derived.recorded ? derived.value : ""} ms is out of range (${outOfDomain})`,
                }
              : derived;
            if (kpi && outcome.recorded) {
              const row = await tx.measurement.create({
                data: {
                  releaseId: release.id,
                  kpiKey: kpi.kpiKey,
                  value: outcome.value,
                  source: input.source,
                  takenAt: now,
                  note: outcome.note,
                  benchmarkRunId: stored.id,
                  ciLow: outcome.interval?.low ?? null,
                  ciHigh: outcome.interval?.high ?? null,
                  confidence: outcome.interval?.confidence ?? null,
                },
              });
              measurement = {
                id: row.id,
                kpiKey: row.kpiKey,
                value: Number(row.value),
                source: row.source,
                interval: outcome.interval,
              };
            } else if (!outcome.recorded) measurementSkipped = `No latency measurement recorded: ${outcome.reason}.`;
          }
        }
        const result = {
          run: {
            ...stored,
            queries: run.queries.length,
            failedQueries: failed,
            releaseLabel: release?.versionLabel ?? null,
          },
          baselineRunId: baselineRow?.id ?? null,
          comparison,
          measurement,
          measurementSkipped,
        };
        return { result, entityType: "BenchmarkRun", entityId: stored.id, after: { ...stored, measurement } };
      },
    },
  );
}
