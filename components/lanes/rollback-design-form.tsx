"use client";

import { ZRollbackDesign, ZRollbackDesignRecord } from "@/lib/schemas/rollback";
import { useApiForm } from "@/lib/client/use-api-form";
import { InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

const STALE_FIELDS = [
  { key: "runbookUrl", label: "Runbook link" },
  { key: "rollbackTarget", label: "Rollback target" },
];

/** Writes the rollback design; an existing design is saved against the version it was opened on. */
export function RollbackDesignForm({
  slug,
  initial,
}: {
  slug: string;
  initial: { runbookUrl: string; rollbackTarget: string; version: number } | null;
}) {
  const kit = useApiForm({
    schema: ZRollbackDesign,
    defaultValues: {
      runbookUrl: initial?.runbookUrl ?? "",
      rollbackTarget: initial?.rollbackTarget ?? "",
      version: initial?.version,
    },
    path: `/api/v1/lanes/${slug}/rollback-design`,
    method: "PUT",
    response: ZRollbackDesignRecord,
    success: "Rollback design saved.",
    stale: { seen: { ...initial }, fields: STALE_FIELDS },
  });
  return (
    <form onSubmit={kit.submit} noValidate aria-label="Rollback design" className="space-y-3">
      <InputField label="Runbook link" type="url" placeholder="https://" {...kit.field("runbookUrl")} />
      <InputField
        label="Rollback target"
        hint="What the lane falls back to, e.g. the warehouse job."
        {...kit.field("rollbackTarget")}
      />
      <ProblemAlert {...kit.alert} />
      {kit.succeeded ? (
        <p role="status" className="text-sm text-emerald-700">
          Rollback design saved.
        </p>
      ) : null}
      <SubmitButton pending={kit.pending}>Save rollback design</SubmitButton>
    </form>
  );
}
