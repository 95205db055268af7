"use client";

import { ZCreateRelease, ZReleaseRecord } from "@/lib/schemas/release";
import { useApiForm } from "@/lib/client/use-api-form";
import { InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

/** The form "Plan release" opens (release-forms.tsx): a release is planned first and judged once deployed. */
export function PlanReleaseFormBody({
  slug,
  engineVersion,
  close,
}: {
  slug: string;
  engineVersion: string;
  close: () => void;
}) {
  const kit = useApiForm({
    schema: ZCreateRelease,
    defaultValues: { versionLabel: "", engineVersion },
    path: `/api/v1/lanes/${slug}/releases`,
    response: ZReleaseRecord,
    success: (_r, body) => `Release ${body.versionLabel} planned.`,
    onSuccess: close,
  });
  return (
    <form aria-label="Plan release" noValidate className="grid gap-3 sm:grid-cols-2" onSubmit={kit.submit}>
      <InputField label="Version label" placeholder="2026.12.1" {...kit.field("versionLabel")} />
      <InputField label="Engine version" {...kit.field("engineVersion")} />
      <div className="sm:col-span-2">
        <InputField label="Notes (optional)" {...kit.field("notes", { optional: true })} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <ProblemAlert {...kit.alert} />
        <SubmitButton pending={kit.pending}>Plan release</SubmitButton>
      </div>
    </form>
  );
}
