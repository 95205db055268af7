import "server-only";
import type { Db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_PEOPLE, type PersonKey } from "@/lib/server/seed/demo-people";
import { DEMO_LANES, type DemoLane } from "@/lib/server/seed/demo-lanes";

const DAY_MS = 86_400_000;

/**
 * Loads the demo organisation. Idempotent: people are upserted by email and a lane whose slug
 * already exists is left as it is, so a second run changes nothing and never loses user edits.
 */
export async function seedDemo({ db, now }: { db: Db; now: Date }): Promise<{ createdLanes: string[]; skippedLanes: string[] }> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const people = new Map<PersonKey, { id: string; name: string }>();
  for (const p of DEMO_PEOPLE) {
    const user = await db.user.upsert({
      where: { email: p.email },
      update: {},
      create: { name: p.name, email: p.email, role: p.role, team: p.team, emailVerified: true },
      select: { id: true, name: true },
    });
    people.set(p.key, user);
  }
  const person = (key: PersonKey) => {
    const found = people.get(key);
    if (!found) throw new Error(`Demo person ${key} is missing`);
    return found;
  };

  const existing = new Set((await db.lane.findMany({ select: { slug: true } })).map((l) => l.slug));
  const createdLanes: string[] = [];
  const skippedLanes: string[] = [];
  for (const spec of DEMO_LANES) {
    if (existing.has(spec.slug)) {
      skippedLanes.push(spec.slug);
      continue;
    }
    await db.$transaction((tx) => createLane(tx, spec, ago, person));
    createdLanes.push(spec.slug);
  }
  return { createdLanes, skippedLanes };
}

type Tx = Prisma.TransactionClient;

async function createLane(tx: Tx, spec: DemoLane, ago: (days: number) => Date, person: (key: PersonKey) => { id: string; name: string }) {
  const firstStage = spec.stages[0];
  const lastStage = spec.stages.at(-1);
  const lane = await tx.lane.create({
    data: {
      slug: spec.slug,
      name: spec.name,
      workload: spec.workload,
      owningTeam: spec.owningTeam,
      engineVersion: spec.engineVersion,
      stage: lastStage?.to ?? "PROPOSED",
      leftProposedAt: firstStage ? ago(firstStage.daysAgo) : null,
      createdAt: ago(spec.createdDaysAgo),
    },
  });
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  const record = (at: Date, by: PersonKey | null, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) => {
    const actor = by ? person(by) : null;
    audit.push({
      at,
      actorType: actor ? "USER" : "SYSTEM",
      actorId: actor?.id ?? null,
      actorLabel: actor?.name ?? "demo seed",
      action,
      entityType,
      entityId,
      laneId: lane.id,
      after,
    });
  };
  record(ago(spec.createdDaysAgo), spec.owners[0]?.by ?? null, "lane.create", "Lane", lane.id, { slug: spec.slug, name: spec.name, stage: "PROPOSED" });

  let from = "PROPOSED" as DemoLane["stages"][number]["to"];
  for (const s of spec.stages) {
    const change = await tx.stageChange.create({
      data: { laneId: lane.id, fromStage: from, toStage: s.to, reason: s.reason, overrideKind: s.override ?? null, changedById: person(s.by).id, at: ago(s.daysAgo) },
    });
    record(ago(s.daysAgo), s.by, s.override ? "lane.stage.override" : "lane.stage.change", "Lane", lane.id, { from, to: s.to, reason: s.reason, override: s.override ?? null });
    void change;
    from = s.to;
  }

  for (const o of spec.owners) {
    const a = await tx.ownerAssignment.create({
      data: {
        laneId: lane.id,
        role: o.role,
        userId: person(o.person).id,
        assignedById: person(o.by).id,
        reason: o.reason,
        assignedAt: ago(o.daysAgo),
        endedAt: o.endedDaysAgo === undefined ? null : ago(o.endedDaysAgo),
      },
    });
    record(ago(o.daysAgo), o.by, "owner.assign", "OwnerAssignment", a.id, { role: o.role, person: person(o.person).name, reason: o.reason });
  }

  const firstDeploy = spec.releases.length ? Math.max(...spec.releases.map((r) => r.deployedDaysAgo)) : null;
  const version = await tx.targetVersion.create({
    data: {
      laneId: lane.id,
      version: 1,
      status: "APPROVED",
      reason: "Initial KPI targets and stop conditions",
      proposedById: person(spec.owners[0]?.by ?? "priya").id,
      approvedById: person("priya").id,
      createdAt: ago(spec.targetsDefinedDaysAgo),
      approvedAt: ago(spec.targetsDefinedDaysAgo),
      effectiveFrom: ago(spec.targetsDefinedDaysAgo),
      frozenAt: firstDeploy !== null && firstDeploy < spec.targetsDefinedDaysAgo ? ago(firstDeploy) : null,
      targets: {
        create: spec.targets.map((t, position) => ({
          kpiKey: t.kpiKey,
          label: t.label,
          unit: t.unit,
          direction: t.direction,
          baseline: t.baseline,
          targetKind: t.targetKind,
          targetValue: t.targetValue,
          stopKind: t.stop?.kind ?? null,
          stopValue: t.stop?.value ?? null,
          position,
        })),
      },
    },
  });
  record(ago(spec.targetsDefinedDaysAgo), spec.owners[0]?.by ?? "priya", "targets.define", "TargetVersion", version.id, { version: 1, targets: spec.targets.map((t) => t.kpiKey) });

  if (spec.rollback) {
    const design = await tx.rollbackDesign.create({ data: { laneId: lane.id, runbookUrl: spec.rollback.runbookUrl, rollbackTarget: spec.rollback.target } });
    record(ago(spec.createdDaysAgo - 1), spec.owners[0]?.person ?? null, "rollback.design", "RollbackDesign", design.id, { runbookUrl: spec.rollback.runbookUrl, target: spec.rollback.target });
    for (const d of spec.rollback.drills) {
      const drill = await tx.rollbackDrill.create({ data: { laneId: lane.id, performedAt: ago(d.daysAgo), recoverySeconds: d.seconds, notes: d.notes } });
      record(ago(d.daysAgo), spec.owners[0]?.person ?? null, "rollback.drill", "RollbackDrill", drill.id, { recoverySeconds: d.seconds });
    }
  }

  for (const p of spec.plans ?? []) {
    await tx.planSnapshot.create({ data: { laneId: lane.id, queryName: p.query, rawText: p.text, capturedAt: ago(p.daysAgo) } });
  }

  for (const r of spec.releases) {
    await createRelease(tx, lane.id, r, ago, record, spec.owners[0]?.person ?? null);
  }
  await tx.auditEvent.createMany({ data: audit });
}

async function createRelease(
  tx: Tx,
  laneId: string,
  r: DemoLane["releases"][number],
  ago: (days: number) => Date,
  record: (at: Date, by: PersonKey | null, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) => void,
  by: PersonKey | null,
) {
  const release = await tx.release.create({
    data: {
      laneId,
      versionLabel: r.label,
      engineVersion: r.engineVersion,
      createdAt: ago(r.deployedDaysAgo + 2),
      deployedAt: ago(r.deployedDaysAgo),
      observationEndsAt: ago(r.deployedDaysAgo - r.windowDays),
      rolledBackAt: r.rolledBack ? ago(r.rolledBack.daysAgo) : null,
      rollbackReason: r.rolledBack?.reason ?? null,
    },
  });
  record(ago(r.deployedDaysAgo), by, "release.deploy", "Release", release.id, { versionLabel: r.label, engineVersion: r.engineVersion });
  if (r.measurements.length) {
    await tx.measurement.createMany({
      data: r.measurements.map((m) => ({
        releaseId: release.id,
        kpiKey: m.kpiKey,
        value: m.value,
        source: m.source,
        takenAt: ago(m.daysAgo),
        invalidatedAt: m.invalidated ? ago(m.daysAgo) : null,
        invalidationReason: m.invalidated ?? null,
      })),
    });
    for (const m of r.measurements) record(ago(m.daysAgo), by, "measurement.record", "Release", release.id, { kpiKey: m.kpiKey, value: m.value, source: m.source });
  }
  for (const i of r.incidents ?? []) {
    await tx.incident.create({
      data: { laneId, releaseId: release.id, ref: i.ref, severity: i.severity, title: i.title, openedAt: ago(i.openedDaysAgo), resolvedAt: i.resolvedDaysAgo === undefined ? null : ago(i.resolvedDaysAgo) },
    });
    record(ago(i.openedDaysAgo), by, "incident.record", "Release", release.id, { ref: i.ref, severity: i.severity });
  }
  for (const g of r.regressions ?? []) {
    const detectedAt = ago(g.detectedDaysAgo);
    await tx.regression.create({
      data: {
        releaseId: release.id,
        summary: g.summary,
        detectedAt,
        recoveredAt: g.recoveryMinutes === null ? null : new Date(detectedAt.getTime() + g.recoveryMinutes * 60_000),
        recoveredByRollback: g.byRollback ?? false,
        attributedTo: g.side ?? null,
        planChange: g.planChange ?? null,
      },
    });
    record(detectedAt, by, "regression.record", "Release", release.id, { summary: g.summary, recoveryMinutes: g.recoveryMinutes });
  }
  for (const p of r.plans ?? []) {
    await tx.planSnapshot.create({ data: { laneId, releaseId: release.id, queryName: p.query, rawText: p.text, capturedAt: ago(p.daysAgo) } });
  }
}
