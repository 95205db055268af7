"use client";

import { useState } from "react";
import { checkStageTransition } from "@/lib/domain/lanes/check-stage-transition";
import { STAGES, type Stage } from "@/lib/domain/readiness/types";
import { ZChangeStage } from "@/lib/schemas/stage";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

const label = (s: Stage) => s.charAt(0) + s.slice(1).toLowerCase();

/** Moves the lane's stage; a closed gate is refused with its rule, or passed by a logged override. */
export function StageForm({
  slug,
  stage,
  pausedFrom,
  version,
}: {
  slug: string;
  stage: Stage;
  pausedFrom: Stage | null;
  version: number;
}) {
  const options = STAGES.filter((s) => checkStageTransition({ from: stage, to: s, pausedFrom }).ok);
  const [toStage, setToStage] = useState<Stage | "">(options[0] ?? "");
  const [reason, setReason] = useState("");
  const [override, setOverride] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useLaneMutation({
    path: `/api/v1/lanes/${slug}/stage`,
    onSuccess: () => {
      setReason("");
      setOverride(false);
    },
  });
  if (options.length === 0) return <p className="text-sm text-slate-500">A retired lane does not change stage.</p>;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZChangeStage.safeParse({
      toStage,
      reason: reason || undefined,
      override: override || undefined,
      version,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    mutation.mutate(parsed.data, { onError: (error) => setErrors(pointerFieldErrors(error.invalidParams)) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Change stage" className="space-y-3">
      <TextField
        label="Move to"
        name="toStage"
        value={toStage}
        error={errors.toStage}
        onChange={(e) => setToStage(e.target.value as Stage)}
      >
        {options.map((s) => (
          <option key={s} value={s}>
            {s === "PAUSED"
              ? "Paused (pause)"
              : s === "RETIRED"
                ? "Retired (retire)"
                : stage === "PAUSED"
                  ? `${label(s)} (resume)`
                  : label(s)}
          </option>
        ))}
      </TextField>
      <TextField
        label="Reason"
        name="reason"
        multiline
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={override} onChange={(e) => setOverride(e.target.checked)} />
        <span>
          Override a closed gate as platform lead (expansion before READY, or the one-lane rule). Recorded, flagged on
          the lane, and needs a written reason.
        </span>
      </label>
      <ProblemAlert error={mutation.error} />
      <SubmitButton pending={mutation.isPending} tone={override ? "amber" : "indigo"}>
        {override ? "Move with override" : "Move stage"}
      </SubmitButton>
    </form>
  );
}
