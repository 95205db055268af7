import type { LaneEvaluation } from "@/lib/domain/readiness/types";
import { DEFAULT_KPI_TARGETS } from "@/lib/domain/readiness/constants";
import type { LaneView } from "@/lib/views/lane-view";
import type { OwnerRole } from "@/lib/domain/readiness/types";
import { Card } from "@/components/ui/card";
import { LazySection as Section } from "@/components/ui/lazy-client";
// Each form loads when its section is first opened (manage-forms.tsx).
import {
  DecisionForm,
  DrillForm,
  EditLaneForm,
  OwnerForm,
  RollbackDesignForm,
  StageForm,
  TargetReviewForm,
  TargetsForm,
} from "@/components/lanes/manage-forms";

/** Allowed, or refused with the sentence naming who can act (viewerMay: the API's own policy). */
export type Allowance = { ok: true } | { ok: false; why: string };

export interface LaneAllowances {
  update: Allowance;
  assign: Allowance;
  defineTargets: Allowance;
  approveTargets: Allowance;
  rollback: Allowance;
  decide: Allowance;
  override: Allowance;
}

function Refused({ allowance }: { allowance: Allowance }) {
  return allowance.ok ? null : (
    <p className="text-sm text-slate-600" data-refusal>
      {allowance.why}
    </p>
  );
}

/**
 * Every control that changes the lane; each form writes through /api/v1 (the one write path).
 * A control the viewer may not use is replaced by the sentence naming who can.
 */
export function ManagePanel({
  lane,
  evaluation,
  people,
  may,
  viewer,
  now,
}: {
  lane: LaneView;
  evaluation: LaneEvaluation;
  people: { id: string; name: string; team: string | null }[];
  may: LaneAllowances;
  viewer: { id: string; isLead: boolean };
  /** The page's time, as the drill form's default (the same on the server and in the browser). */
  now: string;
}) {
  const targets = lane.targetsAction;
  const design = lane.rollbackDesign;
  const currentOwners: Partial<Record<OwnerRole, string>> = Object.fromEntries(
    lane.assignments.filter((a) => a.endedAt === null).map((a) => [a.role, a.userId]),
  );
  return (
    <Card id="manage" title="Manage">
      <div className="space-y-2">
        <Section title="Edit lane">
          <Refused allowance={may.update} />
          {may.update.ok ? (
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
          ) : null}
        </Section>
        <Section title="Change stage, pause or retire">
          {/* A new stage offers other moves: the form starts afresh from it. */}
          <Refused allowance={may.update} />
          {may.update.ok ? (
            <StageForm
              key={lane.stage}
              canOverride={may.override}
              slug={lane.slug}
              stage={lane.stage}
              pausedFrom={lane.pausedFrom}
              version={lane.version}
            />
          ) : null}
        </Section>
        <Section title="Assign owner">
          <Refused allowance={may.assign} />
          {may.assign.ok ? (
            <OwnerForm slug={lane.slug} people={people} viewer={viewer} currentOwners={currentOwners} />
          ) : null}
        </Section>
        <Section title="KPI targets" open={targets.kind === "review"}>
          {targets.kind === "review" ? (
            !may.approveTargets.ok ? (
              <p className="text-sm text-slate-600" data-refusal>
                Version {targets.version} waits for approval. {may.approveTargets.why}
              </p>
            ) : (
              <TargetReviewForm
                slug={lane.slug}
                version={targets.version}
                revision={targets.revision}
                proposalReason={targets.reason}
              />
            )
          ) : !may.defineTargets.ok ? (
            <Refused allowance={may.defineTargets} />
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
          <Refused allowance={may.rollback} />
          {may.rollback.ok ? (
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
          ) : null}
        </Section>
        <Section title="Record rollback drill">
          {!may.rollback.ok ? (
            <Refused allowance={may.rollback} />
          ) : design ? (
            <DrillForm slug={lane.slug} now={now} />
          ) : (
            <p className="text-sm text-slate-500">Write the rollback design first; drills exercise it.</p>
          )}
        </Section>
        <Section title="Expansion decision">
          <Refused allowance={may.decide} />
          {may.decide.ok ? (
            <DecisionForm
              slug={lane.slug}
              verdict={evaluation.verdict}
              streak={evaluation.streak}
              requiredStreak={evaluation.requiredStreak}
              stage={lane.stage}
            />
          ) : null}
        </Section>
      </div>
    </Card>
  );
}
