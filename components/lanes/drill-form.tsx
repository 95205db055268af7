"use client";

import { useState } from "react";
import { parseRecoveryTime, ZRecordDrill } from "@/lib/schemas/rollback";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Records a rollback drill; the recovery time is typed as seconds or mm:ss. Times are UTC. */
export function DrillForm({ slug }: { slug: string }) {
  const [performedAt, setPerformedAt] = useState("");
  const [recovery, setRecovery] = useState("");
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useLaneMutation({
    path: `/api/v1/lanes/${slug}/drills`,
    onSuccess: () => {
      setRecovery("");
      setNotes("");
    },
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const seconds = parseRecoveryTime(recovery);
    const parsed = ZRecordDrill.safeParse({
      performedAt: performedAt ? `${performedAt}:00Z` : "",
      recoverySeconds: seconds ?? Number.NaN,
      notes: notes || undefined,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    mutation.mutate(parsed.data, { onError: (error) => setErrors(pointerFieldErrors(error.invalidParams)) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Record drill" className="space-y-3">
      <TextField
        label="Performed at (UTC)"
        name="performedAt"
        type="datetime-local"
        value={performedAt}
        error={errors.performedAt}
        onChange={(e) => setPerformedAt(e.target.value)}
      />
      <TextField
        label="Recovery time"
        name="recoverySeconds"
        value={recovery}
        error={errors.recoverySeconds}
        hint="Seconds (340) or mm:ss (5:40)."
        onChange={(e) => setRecovery(e.target.value)}
      />
      <TextField
        label="Notes"
        name="notes"
        multiline
        value={notes}
        error={errors.notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <ProblemAlert error={Object.keys(errors).length ? null : mutation.error} />
      {mutation.isSuccess ? (
        <p role="status" className="text-sm text-emerald-700">
          Drill recorded.
        </p>
      ) : null}
      <SubmitButton pending={mutation.isPending}>Record drill</SubmitButton>
    </form>
  );
}
