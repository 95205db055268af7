"use client";

import { useState } from "react";
import { ZRollbackDesign } from "@/lib/schemas/rollback";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Writes the rollback design; an existing design is saved against the version it was opened on. */
export function RollbackDesignForm({
  slug,
  initial,
}: {
  slug: string;
  initial: { runbookUrl: string; rollbackTarget: string; version: number } | null;
}) {
  const [runbookUrl, setRunbookUrl] = useState(initial?.runbookUrl ?? "");
  const [rollbackTarget, setRollbackTarget] = useState(initial?.rollbackTarget ?? "");
  const [version, setVersion] = useState<number | undefined>(initial?.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useLaneMutation<unknown, { version: number }>({
    path: `/api/v1/lanes/${slug}/rollback-design`,
    method: "PUT",
    onSuccess: (d) => setVersion(d.version),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZRollbackDesign.safeParse({ runbookUrl, rollbackTarget, version });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    mutation.mutate(parsed.data, {
      onError: (error) => {
        setErrors(pointerFieldErrors(error.invalidParams));
        const current = error.body.current as { version?: number } | undefined;
        if (error.code === "STALE_VERSION" && typeof current?.version === "number")
          setVersion(current.version || undefined);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Rollback design" className="space-y-3">
      <TextField
        label="Runbook link"
        name="runbookUrl"
        type="url"
        value={runbookUrl}
        error={errors.runbookUrl}
        placeholder="https://"
        onChange={(e) => setRunbookUrl(e.target.value)}
      />
      <TextField
        label="Rollback target"
        name="rollbackTarget"
        value={rollbackTarget}
        error={errors.rollbackTarget}
        hint="What the lane falls back to, e.g. the warehouse job."
        onChange={(e) => setRollbackTarget(e.target.value)}
      />
      <ProblemAlert error={mutation.error} mine={{ runbookUrl, rollbackTarget }} />
      {mutation.isSuccess ? (
        <p role="status" className="text-sm text-emerald-700">
          Rollback design saved.
        </p>
      ) : null}
      <SubmitButton pending={mutation.isPending}>Save rollback design</SubmitButton>
    </form>
  );
}
