"use client";

import { useState } from "react";
import type { Verdict } from "@/lib/domain/readiness/types";
import { ZRecordDecision } from "@/lib/schemas/decision";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

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
  const [outcome, setOutcome] = useState<"APPROVED" | "REFUSED">(verdict === "READY" ? "APPROVED" : "REFUSED");
  const [reason, setReason] = useState("");
  const [override, setOverride] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useLaneMutation({
    path: `/api/v1/lanes/${slug}/decisions`,
    onSuccess: () => {
      setReason("");
      setOverride(false);
    },
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZRecordDecision.safeParse({ outcome, reason, override: override || undefined });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    mutation.mutate(parsed.data, { onError: (error) => setErrors(pointerFieldErrors(error.invalidParams)) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Expansion decision" className="space-y-3">
      <p className="text-sm text-slate-600">
        Expand this lane&apos;s scope now? It is <strong>{verdict}</strong> with streak {streak}/{requiredStreak}; the
        decision keeps this evaluation.
      </p>
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Outcome</legend>
        {(["APPROVED", "REFUSED"] as const).map((o) => (
          <label key={o} className="flex items-center gap-1">
            <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
            {o === "APPROVED" ? "Approve expansion" : "Refuse expansion"}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Reason"
        name="reason"
        multiline
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {outcome === "APPROVED" && verdict !== "READY" ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={override} onChange={(e) => setOverride(e.target.checked)} />
          <span>Approve anyway as an override of the expansion gate (flagged as expansion before proof).</span>
        </label>
      ) : null}
      <ProblemAlert error={mutation.error} />
      {mutation.isSuccess ? (
        <p role="status" className="text-sm text-emerald-700">
          Decision recorded.
        </p>
      ) : null}
      <SubmitButton pending={mutation.isPending} tone={override ? "amber" : "indigo"}>
        Record decision
      </SubmitButton>
    </form>
  );
}
