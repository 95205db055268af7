import type { ReactNode } from "react";
import type { LaneEvaluation } from "@/lib/domain/readiness/types";
import { DEFAULT_KPI_TARGETS } from "@/lib/domain/readiness/constants";
import type { LaneView } from "@/lib/views/lane-view";
import { Card } from "@/components/ui/card";
import { DecisionForm } from "@/components/lanes/decision-form";
import { DrillForm } from "@/components/lanes/drill-form";
import { EditLaneForm } from "@/components/lanes/lane-form";
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

/** Every control that changes the lane; each form writes through /api/v1 (the one write path). */
export function ManagePanel({
  lane,
  evaluation,
  people,
}: {
  lane: LaneView;
  evaluation: LaneEvaluation;
  people: { id: string; name: string; team: string | null }[];
}) {
  const targets = lane.targetsAction;
  const design = lane.rollbackDesign;
  return (
    <Card id="manage" title="Manage">
      <div className="space-y-2">
        <Section title="Edit lane">
          <EditLaneForm
            slug={lane.slug}
            version={lane.version}
            initial={{
              name: lane.name,
              workload: lane.workload,
              team: lane.team,
              engineVersion: lane.engineVersion,
              requiredStableReleases: lane.requiredStableReleases,
              recoveryLimitSeconds: lane.recoveryLimitSeconds,
              drillMaxAgeDays: lane.drillMaxAgeDays,
            }}
          />
        </Section>
        <Section title="Change stage, pause or retire">
          {/* A new stage offers other moves: the form starts afresh from it. */}
          <StageForm
            key={lane.stage}
            slug={lane.slug}
            stage={lane.stage}
            pausedFrom={lane.pausedFrom}
            version={lane.version}
          />
        </Section>
        <Section title="Assign owner">
          <OwnerForm slug={lane.slug} people={people} />
        </Section>
        <Section title="KPI targets" open={targets.kind === "review"}>
          {targets.kind === "review" ? (
            <TargetReviewForm
              slug={lane.slug}
              version={targets.version}
              revision={targets.revision}
              proposalReason={targets.reason}
            />
          ) : targets.kind === "define" ? (
            <TargetsForm slug={lane.slug} mode="define" version={1} initial={DEFAULT_KPI_TARGETS} />
          ) : targets.kind === "edit" ? (
            <TargetsForm
              slug={lane.slug}
              mode="edit"
              version={1}
              revision={targets.revision}
              initial={targets.targets}
            />
          ) : (
            <TargetsForm slug={lane.slug} mode="propose" version={targets.version} initial={targets.targets} />
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
