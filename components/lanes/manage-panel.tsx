import type { ReactNode } from "react";
import type { LaneEvaluation } from "@/lib/domain/readiness/types";
import { findPausedFrom } from "@/lib/domain/lanes/find-paused-from";
import { DEFAULT_KPI_TARGETS } from "@/lib/domain/readiness/constants";
import type { LaneRow } from "@/lib/server/lanes/lane-data-query";
import { Card } from "@/components/ui/card";
import { DecisionForm } from "@/components/lanes/decision-form";
import { DrillForm } from "@/components/lanes/drill-form";
import { LaneForm } from "@/components/lanes/lane-form";
import { OwnerForm } from "@/components/lanes/owner-form";
import { RollbackDesignForm } from "@/components/lanes/rollback-design-form";
import { StageForm } from "@/components/lanes/stage-form";
import { TargetReviewForm } from "@/components/lanes/target-review-form";
import { TargetsForm } from "@/components/lanes/targets-form";

function Section({ title, children, open = false }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="group rounded-md border border-slate-200" open={open}>
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
        {title}
      </summary>
      <div className="border-t border-slate-100 p-3">{children}</div>
    </details>
  );
}

type Version = LaneRow["targetVersions"][number];
const toInput = (v: Version) =>
  v.targets.map((t) => ({
    kpiKey: t.kpiKey,
    label: t.label,
    unit: t.unit,
    direction: t.direction,
    baseline: t.baseline.toNumber(),
    targetKind: t.targetKind,
    targetValue: t.targetValue.toNumber(),
    stop: t.stopKind && t.stopValue ? { kind: t.stopKind, value: t.stopValue.toNumber() } : null,
  }));

/** Every control that changes the lane; each form writes through /api/v1 (the one write path). */
export function ManagePanel({
  lane,
  evaluation,
  people,
}: {
  lane: LaneRow;
  evaluation: LaneEvaluation;
  people: { id: string; name: string; team: string | null }[];
}) {
  const pausedFrom = findPausedFrom(lane);
  const pending = lane.targetVersions.find((v) => v.status === "PENDING_APPROVAL");
  const approved = [...lane.targetVersions].reverse().find((v) => v.status === "APPROVED");
  const frozen = approved
    ? approved.frozenAt !== null ||
      lane.releases.some((r) => r.deployedAt && approved.effectiveFrom && r.deployedAt >= approved.effectiveFrom)
    : false;
  const latestVersion = lane.targetVersions.at(-1)?.version ?? 0;
  const design = lane.rollbackDesign;
  return (
    <Card id="manage" title="Manage">
      <div className="space-y-2">
        <Section title="Edit lane">
          <LaneForm
            mode="edit"
            slug={lane.slug}
            version={lane.version}
            initial={{
              name: lane.name,
              workload: lane.workload,
              owningTeam: lane.owningTeam,
              engineVersion: lane.engineVersion,
              requiredStableReleases: lane.requiredStableReleases,
              recoveryLimitSeconds: lane.recoveryLimitSeconds,
              drillMaxAgeDays: lane.drillMaxAgeDays,
            }}
          />
        </Section>
        <Section title="Change stage, pause or retire">
          <StageForm slug={lane.slug} stage={lane.stage} pausedFrom={pausedFrom} version={lane.version} />
        </Section>
        <Section title="Assign owner">
          <OwnerForm slug={lane.slug} people={people} />
        </Section>
        <Section title="KPI targets" open={!!pending}>
          {pending ? (
            <TargetReviewForm slug={lane.slug} version={pending.version} proposalReason={pending.reason} />
          ) : !approved ? (
            <TargetsForm slug={lane.slug} mode="define" version={1} initial={DEFAULT_KPI_TARGETS} />
          ) : approved.version === 1 && !frozen ? (
            <TargetsForm slug={lane.slug} mode="edit" version={1} initial={toInput(approved)} />
          ) : (
            <TargetsForm slug={lane.slug} mode="propose" version={latestVersion + 1} initial={toInput(approved)} />
          )}
        </Section>
        <Section title="Rollback design">
          <RollbackDesignForm
            slug={lane.slug}
            initial={
              design
                ? {
                    runbookUrl: design.runbookUrl ?? "",
                    rollbackTarget: design.rollbackTarget ?? "",
                    version: design.version,
                  }
                : null
            }
          />
        </Section>
        <Section title="Record rollback drill">
          {design ? (
            <DrillForm slug={lane.slug} />
          ) : (
            <p className="text-sm text-slate-500">Write the rollback design first; drills exercise it.</p>
          )}
        </Section>
        <Section title="Expansion decision">
          <DecisionForm
            slug={lane.slug}
            verdict={evaluation.verdict}
            streak={evaluation.streak}
            requiredStreak={evaluation.requiredStreak}
          />
        </Section>
      </div>
    </Card>
  );
}
