"use client";

import type { Stage, Verdict } from "@/lib/domain/readiness/types";
import { ZDecisionRecorded, ZRecordDecision } from "@/lib/schemas/decision";
import { useApiForm } from "@/lib/client/use-api-form";
import { CheckboxField, RadioGroupField, TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmCheck, useConfirmGate } from "@/components/forms/confirm-check";

const OUTCOMES = [
  { value: "APPROVED", label: "Approve expansion" },
  { value: "REFUSED", label: "Refuse expansion" },
];

/** "Expand this lane's scope now?": a platform lead approves or refuses, with a reason. */
export function DecisionForm({
  slug,
  verdict,
  streak,
  requiredStreak,
  stage,
}: {
  slug: string;
  stage: Stage;
  verdict: Verdict;
  streak: number;
  requiredStreak: number;
}) {
  const kit = useApiForm({
    schema: ZRecordDecision,
    defaultValues: { outcome: verdict === "READY" ? "APPROVED" : "REFUSED", reason: "", override: false },
    path: `/api/v1/lanes/${slug}/decisions`,
    response: ZDecisionRecorded,
    success: (_r, body) =>
      body.outcome === "APPROVED"
        ? "Expansion approved: the lane is now EXPANDED."
        : "Expansion refused; the decision is recorded.",
    onSuccess: (_result, body) => kit.form.reset({ outcome: body.outcome, reason: "", override: false }),
  });
  const [outcome, override] = kit.form.watch(["outcome", "override"]);
  // Approving moves the stage: say so and have it confirmed; refusing changes nothing but the record.
  const gate = useConfirmGate(outcome === "APPROVED");
  return (
    <form
      onSubmit={gate.guard(kit.submit, () => kit.form.trigger())}
      noValidate
      aria-label="Expansion decision"
      className="space-y-3"
    >
      <p className="text-sm text-slate-600">
        Expand this lane&apos;s scope now? It is <strong>{verdict}</strong> with streak {streak}/{requiredStreak}; the
        decision keeps this evaluation.
      </p>
      <RadioGroupField legend="Outcome" options={OUTCOMES} {...kit.field("outcome")} />
      <TextAreaField label="Reason" {...kit.field("reason")} />
      {outcome === "APPROVED" && verdict !== "READY" ? (
        <CheckboxField
          label="Approve anyway as an override of the expansion gate (flagged as expansion before proof)."
          {...kit.field("override")}
        />
      ) : null}
      <ConfirmCheck gate={gate}>
        {stage === "PRODUCTION" ? "Approving moves this lane from Production to " : "Approving expands this lane: "}
        <strong>Expanded</strong> now
        {stage === "PRODUCTION" || stage === "EXPANDED"
          ? ""
          : " (only a lane in Production can be expanded: move it there first)"}
        {verdict === "READY" ? "" : ", by override: the lane is flagged EXPANSION_BEFORE_PROOF for good"}. The decision
        keeps this evaluation; later invalidated evidence marks it for review.
      </ConfirmCheck>
      <ProblemAlert {...kit.alert} />
      {kit.succeeded ? (
        <p role="status" className="text-sm text-emerald-700">
          Decision recorded.
        </p>
      ) : null}
      <SubmitButton pending={kit.pending} tone={override ? "amber" : "indigo"}>
        Record decision
      </SubmitButton>
    </form>
  );
}
