"use client";

import type { Verdict } from "@/lib/domain/readiness/types";
import { ZDecisionRecorded, ZRecordDecision } from "@/lib/schemas/decision";
import { useApiForm } from "@/lib/client/use-api-form";
import { CheckboxField, RadioGroupField, TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

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
}: {
  slug: string;
  verdict: Verdict;
  streak: number;
  requiredStreak: number;
}) {
  const kit = useApiForm({
    schema: ZRecordDecision,
    defaultValues: { outcome: verdict === "READY" ? "APPROVED" : "REFUSED", reason: "", override: false },
    path: `/api/v1/lanes/${slug}/decisions`,
    response: ZDecisionRecorded,
    onSuccess: (_result, body) => kit.form.reset({ outcome: body.outcome, reason: "", override: false }),
  });
  const [outcome, override] = kit.form.watch(["outcome", "override"]);
  return (
    <form onSubmit={kit.submit} noValidate aria-label="Expansion decision" className="space-y-3">
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
