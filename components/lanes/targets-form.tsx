"use client";

import { useState } from "react";
import { ZDefineTargets, type TKpiTargetInput } from "@/lib/schemas/targets";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { fromDraft, TargetsEditor, toDraft, type TargetDraft } from "@/components/lanes/targets-editor";

/**
 * define: version 1 (nothing defined yet). edit: version 1 before any deployment froze it.
 * propose: a new version after the freeze, with a reason, waiting for a platform lead.
 */
export function TargetsForm({
  slug,
  mode,
  version,
  revision,
  initial,
}: {
  slug: string;
  mode: "define" | "edit" | "propose";
  version: number;
  /** In edit mode, the version's revision as shown: an edit racing another one is refused (STALE_VERSION). */
  revision?: number;
  initial: TKpiTargetInput[];
}) {
  const [rows, setRows] = useState<TargetDraft[]>(() => initial.map(toDraft));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useLaneMutation({
    path: mode === "edit" ? `/api/v1/lanes/${slug}/targets/${version}` : `/api/v1/lanes/${slug}/targets`,
    method: mode === "edit" ? "PUT" : "POST",
    onSuccess: () => setReason(""),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = ZDefineTargets.safeParse({ targets: rows.map(fromDraft), reason: reason || undefined });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    if (mode === "propose" && reason.trim().length < 5)
      return setErrors({ reason: "Say why the targets change, in at least 5 characters" });
    setErrors({});
    mutation.mutate(mode === "edit" ? { ...parsed.data, revision } : parsed.data, {
      onError: (error) => setErrors(pointerFieldErrors(error.invalidParams)),
    });
  };

  const title = {
    define: "Define version 1",
    edit: `Edit version ${version} (not frozen yet)`,
    propose: `Propose version ${version}`,
  }[mode];
  return (
    <form onSubmit={submit} noValidate aria-label="KPI targets" className="space-y-3">
      <p className="text-sm font-medium text-slate-700">{title}</p>
      {mode === "propose" ? (
        <p className="text-xs text-slate-500">
          The targets in force are frozen by a deployment. This version comes into force when a platform lead approves
          it; earlier releases stay judged by the version they were deployed under.
        </p>
      ) : null}
      <TargetsEditor rows={rows} onChange={setRows} errors={errors} />
      {mode === "propose" ? (
        <TextField
          label="Reason for the change"
          name="reason"
          multiline
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      <ProblemAlert error={mutation.error} />
      {mutation.isSuccess ? (
        <p role="status" className="text-sm text-emerald-700">
          {mode === "propose" ? "Proposed: waiting for a platform lead's approval." : "Targets saved."}
        </p>
      ) : null}
      <SubmitButton pending={mutation.isPending}>
        {mode === "propose" ? "Propose new version" : "Save targets"}
      </SubmitButton>
    </form>
  );
}
