"use client";

import { ZRecordRecovery, ZRecordRegression } from "@/lib/schemas/regression";
import { isoToDatetimeLocal } from "@/lib/domain/format/datetime-local-utc";
import { readForm } from "@/lib/client/form-values";
import { useApiForm } from "@/lib/client/use-api-form";
import { Disclosure } from "@/components/ui/disclosure";
import { InputField, SelectField, SubmitButton } from "@/components/ui/field";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { releasePath } from "@/components/releases/release-paths";

const SIDES = [
  { value: "", label: "not known yet" },
  { value: "PLANNER", label: "planner" },
  { value: "EXECUTOR", label: "executor" },
];

function Checkbox({ name, label }: { name: string; label: string }) {
  return (
    <label className="flex items-center gap-2 text-xs font-medium text-slate-700">
      <input type="checkbox" name={name} className="h-4 w-4 rounded border-slate-300" /> {label}
    </label>
  );
}

/** Record an execution regression; its recovery time is judged against the lane's limit. */
export function AddRegressionForm({ slug, label }: { slug: string; label: string }) {
  return (
    <Disclosure label="Add regression">
      {(close) => <RegressionForm slug={slug} label={label} close={close} />}
    </Disclosure>
  );
}

function RegressionForm({ slug, label, close }: { slug: string; label: string; close: () => void }) {
  const form = useApiForm({
    schema: ZRecordRegression,
    path: releasePath(slug, label, "regressions"),
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Add regression to ${label}`}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = readForm(e.currentTarget);
        form.submit({
          summary: f.text("summary"),
          detectedAt: f.instant("detectedAt"),
          recoveredAt: f.instant("recoveredAt"),
          recoveredByRollback: f.checked("recoveredByRollback"),
          attributedTo: f.optionalText("attributedTo"),
          planChange: f.optionalText("planChange"),
        });
      }}
    >
      <div className="sm:col-span-2">
        <InputField label="Summary" name="summary" error={form.fieldErrors.summary} />
      </div>
      <InputField
        label="Detected at (UTC)"
        name="detectedAt"
        type="datetime-local"
        defaultValue={isoToDatetimeLocal(new Date())}
        error={form.fieldErrors.detectedAt}
      />
      <InputField
        label="Recovered at (UTC, empty if not yet)"
        name="recoveredAt"
        type="datetime-local"
        error={form.fieldErrors.recoveredAt}
      />
      <SelectField
        label="Attributed to"
        name="attributedTo"
        options={SIDES}
        defaultValue=""
        error={form.fieldErrors.attributedTo}
      />
      <InputField label="Plan change that caused it (optional)" name="planChange" error={form.fieldErrors.planChange} />
      <Checkbox name="recoveredByRollback" label="Recovered by rolling back" />
      <div className="space-y-2 sm:col-span-2">
        <ProblemAlert error={form.error} />
        <SubmitButton pending={form.pending}>Record regression</SubmitButton>
      </div>
    </form>
  );
}

/** Record when an unrecovered regression recovered. */
export function RecordRecoveryForm({
  slug,
  id,
  summary,
  version,
}: {
  slug: string;
  id: string;
  summary: string;
  /** The regression's version as shown: a recovery racing another one is refused (STALE_VERSION). */
  version: number;
}) {
  return (
    <Disclosure label="Record recovery">
      {(close) => <RecoveryForm slug={slug} id={id} summary={summary} version={version} close={close} />}
    </Disclosure>
  );
}

function RecoveryForm({
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
  const form = useApiForm({
    schema: ZRecordRecovery,
    path: `/api/v1/lanes/${slug}/regressions/${id}`,
    method: "PATCH",
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Record recovery of ${summary}`}
      noValidate
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = readForm(e.currentTarget);
        form.submit({
          recoveredAt: f.instant("recoveredAt"),
          recoveredByRollback: f.checked("recoveredByRollback"),
          version,
        });
      }}
    >
      <InputField
        label="Recovered at (UTC)"
        name="recoveredAt"
        type="datetime-local"
        defaultValue={isoToDatetimeLocal(new Date())}
        error={form.fieldErrors.recoveredAt}
      />
      <Checkbox name="recoveredByRollback" label="Recovered by rolling back" />
      <ProblemAlert error={form.error} />
      <SubmitButton pending={form.pending}>Save recovery</SubmitButton>
    </form>
  );
}
