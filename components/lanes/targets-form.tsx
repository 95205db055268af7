"use client";

import { FormProvider } from "react-hook-form";
import { ZEditTargets, ZTargetVersionRecord, type TKpiTargetInput } from "@/lib/schemas/targets";
import { useApiForm } from "@/lib/client/use-api-form";
import { TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TargetsEditor } from "@/components/lanes/targets-editor";

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
  const kit = useApiForm({
    schema: ZEditTargets,
    defaultValues: { targets: initial, ...(mode === "edit" && revision !== undefined ? { revision } : {}) },
    path: mode === "edit" ? `/api/v1/lanes/${slug}/targets/${version}` : `/api/v1/lanes/${slug}/targets`,
    method: mode === "edit" ? "PUT" : "POST",
    response: ZTargetVersionRecord,
    success: "Targets saved.",
    onSuccess: (saved) => {
      kit.form.resetField("reason");
      // The next edit is based on what was just saved.
      if (mode === "edit") kit.form.setValue("revision", saved.revision);
    },
  });
  const title = {
    define: "Define version 1",
    edit: `Edit version ${version} (not frozen yet)`,
    propose: `Propose version ${version}`,
  }[mode];
  return (
    <FormProvider {...kit.form}>
      <form onSubmit={kit.submit} noValidate aria-label="KPI targets" className="space-y-3">
        <p className="text-sm font-medium text-slate-700">{title}</p>
        {mode === "propose" ? (
          <p className="text-xs text-slate-500">
            The targets in force are frozen by a deployment. This version comes into force when a platform lead approves
            it; earlier releases stay judged by the version they were deployed under.
          </p>
        ) : null}
        <TargetsEditor />
        {mode === "propose" ? (
          <TextAreaField label="Reason for the change" {...kit.field("reason", { optional: true })} />
        ) : null}
        <ProblemAlert {...kit.alert} />
        {kit.succeeded ? (
          <p role="status" className="text-sm text-emerald-700">
            {mode === "propose" ? "Proposed: waiting for a platform lead's approval." : "Targets saved."}
          </p>
        ) : null}
        <SubmitButton pending={kit.pending}>{mode === "propose" ? "Propose new version" : "Save targets"}</SubmitButton>
      </form>
    </FormProvider>
  );
}
