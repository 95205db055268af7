"use client";

import { ZRecordRecovery, ZRecordRegression, ZRegressionRecord } from "@/lib/schemas/regression";
import { useApiForm } from "@/lib/client/use-api-form";
import { asUtcDateTime, CheckboxField, ConvertedField, InputField, SelectField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { releasePath } from "@/components/releases/release-paths";

const SIDES = [
  { value: "", label: "not known yet" },
  { value: "PLANNER", label: "planner" },
  { value: "EXECUTOR", label: "executor" },
];

export function RegressionForm({ slug, label, close }: { slug: string; label: string; close: () => void }) {
  const kit = useApiForm({
    schema: ZRecordRegression,
    defaultValues: { summary: "", detectedAt: new Date().toISOString(), recoveredByRollback: false },
    path: releasePath(slug, label, "regressions"),
    response: ZRegressionRecord,
    success: "Regression recorded.",
    onSuccess: close,
  });
  const { control } = kit.form;
  return (
    <form
      aria-label={`Add regression to ${label}`}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={kit.submit}
    >
      <div className="sm:col-span-2">
        <InputField label="Summary" {...kit.field("summary")} />
      </div>
      <ConvertedField
        control={control}
        name="detectedAt"
        label="Detected at (UTC)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <ConvertedField
        control={control}
        name="recoveredAt"
        label="Recovered at (UTC, empty if not yet)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <SelectField label="Attributed to" options={SIDES} {...kit.field("attributedTo", { optional: true })} />
      <InputField label="Plan change that caused it (optional)" {...kit.field("planChange", { optional: true })} />
      <CheckboxField label="Recovered by rolling back" {...kit.field("recoveredByRollback")} />
      <div className="space-y-2 sm:col-span-2">
        <ProblemAlert {...kit.alert} />
        <SubmitButton pending={kit.pending}>Record regression</SubmitButton>
      </div>
    </form>
  );
}

export function RecoveryForm({
  slug,
  id,
  summary,
  version,
  close,
}: {
  slug: string;
  id: string;
  summary: string;
  version: number;
  close: () => void;
}) {
  const kit = useApiForm({
    schema: ZRecordRecovery,
    defaultValues: { recoveredAt: new Date().toISOString(), recoveredByRollback: false, version },
    path: `/api/v1/lanes/${slug}/regressions/${id}`,
    method: "PATCH",
    response: ZRegressionRecord,
    success: "Recovery recorded.",
    onSuccess: close,
  });
  return (
    <form aria-label={`Record recovery of ${summary}`} noValidate className="space-y-2" onSubmit={kit.submit}>
      <ConvertedField
        control={kit.form.control}
        name="recoveredAt"
        label="Recovered at (UTC)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <CheckboxField label="Recovered by rolling back" {...kit.field("recoveredByRollback")} />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Save recovery</SubmitButton>
    </form>
  );
}
