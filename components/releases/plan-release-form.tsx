"use client";

import { ZCreateRelease } from "@/lib/schemas/release";
import { readForm } from "@/lib/client/form-values";
import { useApiForm } from "@/lib/client/use-api-form";
import { Disclosure } from "@/components/ui/disclosure";
import { InputField, SubmitButton } from "@/components/ui/field";
import { ProblemAlert } from "@/components/ui/problem-alert";

/** "Plan release" on the lane page: a release is planned first and judged once deployed. */
export function PlanReleaseForm({ slug, engineVersion }: { slug: string; engineVersion: string }) {
  return (
    <Disclosure label="Plan release">
      {(close) => <Form slug={slug} engineVersion={engineVersion} close={close} />}
    </Disclosure>
  );
}

function Form({ slug, engineVersion, close }: { slug: string; engineVersion: string; close: () => void }) {
  const form = useApiForm({ schema: ZCreateRelease, path: `/api/v1/lanes/${slug}/releases`, onSuccess: close });
  return (
    <form
      aria-label="Plan release"
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = readForm(e.currentTarget);
        form.submit({
          versionLabel: f.text("versionLabel"),
          engineVersion: f.text("engineVersion"),
          notes: f.optionalText("notes"),
        });
      }}
    >
      <InputField
        label="Version label"
        name="versionLabel"
        placeholder="2026.12.1"
        error={form.fieldErrors.versionLabel}
      />
      <InputField
        label="Engine version"
        name="engineVersion"
        defaultValue={engineVersion}
        error={form.fieldErrors.engineVersion}
      />
      <div className="sm:col-span-2">
        <InputField label="Notes (optional)" name="notes" error={form.fieldErrors.notes} />
      </div>
      <div className="sm:col-span-2 space-y-2">
        <ProblemAlert error={form.error} />
        <SubmitButton pending={form.pending}>Plan release</SubmitButton>
      </div>
    </form>
  );
}
