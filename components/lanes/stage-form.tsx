"use client";

import { checkStageTransition } from "@/lib/domain/lanes/check-stage-transition";
import { STAGES, type Stage } from "@/lib/domain/readiness/types";
import { ZChangeStage, ZStageChanged } from "@/lib/schemas/stage";
import { useApiForm } from "@/lib/client/use-api-form";
import { CheckboxField, SelectField, TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmCheck, useConfirmGate } from "@/components/forms/confirm-check";

const label = (s: Stage) => s.charAt(0) + s.slice(1).toLowerCase();

/** Moves the lane's stage; a closed gate is refused with its rule, or passed by a logged override. */
export function StageForm({
  slug,
  stage,
  pausedFrom,
  version,
  canOverride,
}: {
  slug: string;
  stage: Stage;
  pausedFrom: Stage | null;
  version: number;
  /** Overrides are a platform lead's (lane.override); others see who can. */
  canOverride: { ok: true } | { ok: false; why: string };
}) {
  const moves = STAGES.filter((s) => checkStageTransition({ from: stage, to: s, pausedFrom }).ok);
  const kit = useApiForm({
    schema: ZChangeStage,
    defaultValues: { toStage: moves[0], override: false, version },
    path: `/api/v1/lanes/${slug}/stage`,
    response: ZStageChanged,
    success: (_r, body) => `Stage changed to ${body.toStage.charAt(0)}${body.toStage.slice(1).toLowerCase()}.`,
    onSuccess: () => kit.form.reset({ toStage: moves[0], override: false, version: kit.form.getValues("version") }),
  });
  const [override, toStage] = kit.form.watch(["override", "toStage"]);
  const gate = useConfirmGate(override === true || toStage === "RETIRED");
  if (moves.length === 0) return <p className="text-sm text-slate-500">A retired lane does not change stage.</p>;
  const options = moves.map((s) => ({
    value: s,
    label:
      s === "PAUSED"
        ? "Paused (pause)"
        : s === "RETIRED"
          ? "Retired (retire)"
          : stage === "PAUSED"
            ? `${label(s)} (resume)`
            : label(s),
  }));
  return (
    <form
      onSubmit={gate.guard(kit.submit, () => kit.form.trigger())}
      noValidate
      aria-label="Change stage"
      className="space-y-3"
    >
      <SelectField label="Move to" options={options} {...kit.field("toStage")} />
      <TextAreaField label="Reason" {...kit.field("reason", { optional: true })} />
      {canOverride.ok ? (
        <CheckboxField
          label="Override a closed gate as platform lead (expansion before READY, or the one-lane rule). Recorded, flagged on the lane, and needs a written reason."
          {...kit.field("override")}
        />
      ) : (
        <p className="text-xs text-slate-500">Overriding a closed gate: {canOverride.why}</p>
      )}
      <ConfirmCheck gate={gate}>
        {toStage === "RETIRED"
          ? "Retiring is final: the lane never changes stage again."
          : "The override is recorded with your reason and flags the lane for good (ONE_LANE_RULE_OVERRIDDEN or EXPANSION_BEFORE_PROOF)."}
      </ConfirmCheck>
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending} tone={override ? "amber" : "indigo"}>
        {override ? "Move with override" : "Move stage"}
      </SubmitButton>
    </form>
  );
}
