import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { recordReadinessChange } from "@/lib/server/mutations/record-readiness-change";
import { createRelease } from "@/lib/server/releases/create-release";
import { deployRelease } from "@/lib/server/releases/deploy-release";
import { rollBackRelease } from "@/lib/server/releases/roll-back-release";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";
import { invalidateMeasurement } from "@/lib/server/measurements/invalidate-measurement";
import { recordIncident } from "@/lib/server/incidents/record-incident";
import { resolveIncident } from "@/lib/server/incidents/resolve-incident";
import { recordRegression } from "@/lib/server/regressions/record-regression";
import { recordRecovery } from "@/lib/server/regressions/record-recovery";
import type { PersonKey } from "@/lib/server/seed/demo-people";
import type { DemoLane } from "@/lib/server/seed/demo-lanes";
import {
  assignDemoOwner,
  captureDemoPlan,
  changeDemoStage,
  createDemoLane,
  defineDemoTargets,
  recordDemoDrill,
  writeDemoRollbackDesign,
} from "@/lib/server/seed/seed-lane-setup";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

type State = { laneId: string; releaseIds: Map<string, string> };
export type DemoStep = { at: Date; run: (ctx: { db: Db; state: State }) => Promise<void> };

// CI pushes plan snapshots; the system actor stands in for its lane token.
const CI: Actor = { type: "SYSTEM", label: "CI pipeline (demo)" };

/**
 * One demo lane as the dated steps that built it, oldest first (ties keep the order written
 * here: a release is planned before it is deployed, deployed before it is measured). Times are
 * days before `now`, so the demo keeps its shape whenever it is loaded.
 */
export function buildDemoSteps({
  spec,
  now,
  person,
}: {
  spec: DemoLane;
  now: Date;
  person: (key: PersonKey) => Actor & { type: "USER" };
}): DemoStep[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const steps: DemoStep[] = [];
  const add = (at: Date, run: DemoStep["run"]) => steps.push({ at, run });
  const slug = spec.slug;
  const creator = person(spec.owners[0]?.by ?? "priya");
  // Releases and their evidence are recorded by the lane's first (planner) owner, as before.
  const recorder = spec.owners[0] ? person(spec.owners[0].person) : creator;

  add(ago(spec.createdDaysAgo), async ({ db, state }) => {
    state.laneId = (await createDemoLane({ db, actor: creator, now: ago(spec.createdDaysAgo) }, spec)).id;
  });
  for (const s of spec.stages)
    add(ago(s.daysAgo), ({ db, state }) =>
      changeDemoStage({ db, actor: person(s.by), now: ago(s.daysAgo) }, state.laneId, s).then(() => undefined),
    );
  for (const o of spec.owners) {
    add(ago(o.daysAgo), ({ db, state }) =>
      assignDemoOwner({ db, actor: person(o.by), now: ago(o.daysAgo) }, state.laneId, {
        role: o.role,
        userId: person(o.person).userId,
        personName: person(o.person).name,
        reason: o.reason,
      }).then(() => undefined),
    );
  }
  add(ago(spec.targetsDefinedDaysAgo), ({ db, state }) =>
    defineDemoTargets({ db, actor: creator, now: ago(spec.targetsDefinedDaysAgo) }, state.laneId, spec.targets).then(
      () => undefined,
    ),
  );
  if (spec.rollback) {
    const rollback = spec.rollback;
    const at = ago(spec.createdDaysAgo - 1);
    add(at, ({ db, state }) =>
      writeDemoRollbackDesign({ db, actor: creator, now: at }, state.laneId, rollback).then(() => undefined),
    );
    for (const d of rollback.drills)
      add(ago(d.daysAgo), ({ db, state }) =>
        recordDemoDrill({ db, actor: creator, now: ago(d.daysAgo) }, state.laneId, d).then(() => undefined),
      );
  }
  for (const p of spec.plans ?? [])
    add(ago(p.daysAgo), ({ db, state }) =>
      captureDemoPlan({ db, actor: CI, now: ago(p.daysAgo) }, state.laneId, {
        query: p.query,
        text: p.text,
        releaseId: null,
      }).then(() => undefined),
    );

  for (const r of spec.releases) {
    const label = r.label;
    const actor = recorder;
    const plannedAt = ago(r.deployedDaysAgo + 2);
    add(plannedAt, async ({ db, state }) => {
      const release = await createRelease({
        db,
        actor,
        slug,
        input: { versionLabel: label, engineVersion: r.engineVersion },
        now: plannedAt,
      });
      state.releaseIds.set(label, release.id);
    });
    const deployedAt = ago(r.deployedDaysAgo);
    add(deployedAt, ({ db }) =>
      deployRelease({
        db,
        actor,
        slug,
        label,
        input: { observationWindowHours: Math.round(r.windowDays * 24) },
        now: deployedAt,
      }).then(() => undefined),
    );
    // Time alone ends an observation window; no request marks it, so the readiness history gets
    // its row here (a scheduled job does the same for live lanes: see the report).
    const windowEnds = new Date(deployedAt.getTime() + r.windowDays * DAY_MS);
    if (windowEnds.getTime() <= now.getTime()) {
      add(windowEnds, ({ db, state }) =>
        db
          .$transaction((tx) =>
            recordReadinessChange({
              tx,
              laneId: state.laneId,
              cause: `Observation window of release ${label} ended`,
              auditEventId: null,
              now: windowEnds,
            }),
          )
          .then(() => undefined),
      );
    }
    for (const m of r.measurements) {
      const takenAt = ago(m.daysAgo);
      add(takenAt, async ({ db }) => {
        const row = await recordMeasurement({
          db,
          actor,
          slug,
          label,
          input: { kpiKey: m.kpiKey, value: m.value, source: m.source, takenAt: takenAt.toISOString() },
          now: takenAt,
        });
        if (m.invalidated)
          await invalidateMeasurement({ db, actor, slug, id: row.id, input: { reason: m.invalidated }, now: takenAt });
      });
    }
    for (const i of r.incidents ?? []) {
      const openedAt = ago(i.openedDaysAgo);
      let id = "";
      add(openedAt, async ({ db }) => {
        id = (
          await recordIncident({
            db,
            actor,
            slug,
            label,
            input: { ref: i.ref, severity: i.severity, title: i.title, openedAt: openedAt.toISOString() },
            now: openedAt,
          })
        ).id;
      });
      if (i.resolvedDaysAgo !== undefined) {
        const resolvedAt = ago(i.resolvedDaysAgo);
        add(resolvedAt, ({ db }) =>
          resolveIncident({
            db,
            actor,
            slug,
            id,
            input: { resolvedAt: resolvedAt.toISOString() },
            now: resolvedAt,
          }).then(() => undefined),
        );
      }
    }
    for (const g of r.regressions ?? []) {
      const detectedAt = ago(g.detectedDaysAgo);
      let id = "";
      add(detectedAt, async ({ db }) => {
        const input = {
          summary: g.summary,
          detectedAt: detectedAt.toISOString(),
          recoveredByRollback: false,
          attributedTo: g.side,
          planChange: g.planChange,
        };
        id = (await recordRegression({ db, actor, slug, label, input, now: detectedAt })).id;
      });
      if (g.recoveryMinutes !== null) {
        const recoveredAt = new Date(detectedAt.getTime() + g.recoveryMinutes * MINUTE_MS);
        add(recoveredAt, ({ db }) =>
          recordRecovery({
            db,
            actor,
            slug,
            id,
            input: { recoveredAt: recoveredAt.toISOString(), recoveredByRollback: g.byRollback ?? false },
            now: recoveredAt,
          }).then(() => undefined),
        );
      }
    }
    if (r.rolledBack) {
      const at = ago(r.rolledBack.daysAgo);
      const reason = r.rolledBack.reason;
      add(at, ({ db }) =>
        rollBackRelease({ db, actor, slug, label, input: { reason }, now: at }).then(() => undefined),
      );
    }
    for (const p of r.plans ?? []) {
      const at = ago(p.daysAgo);
      add(at, ({ db, state }) =>
        captureDemoPlan({ db, actor: CI, now: at }, state.laneId, {
          query: p.query,
          text: p.text,
          releaseId: state.releaseIds.get(label) ?? null,
        }).then(() => undefined),
      );
    }
  }
  // Array.prototype.sort is stable: steps at the same instant keep the order written above.
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}
