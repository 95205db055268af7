"use client";

import { MEASUREMENT_SOURCES, ZInvalidateMeasurement, ZRecordMeasurement } from "@/lib/schemas/measurement";
import { isoToDatetimeLocal } from "@/lib/domain/format/datetime-local-utc";
import { readForm } from "@/lib/client/form-values";
import { useApiForm } from "@/lib/client/use-api-form";
import { Disclosure } from "@/components/ui/disclosure";
import { InputField, SelectField, SubmitButton } from "@/components/ui/field";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { releasePath } from "@/components/releases/release-paths";

const SOURCE_OPTIONS = MEASUREMENT_SOURCES.map((s) => ({
  value: s,
  label: s === "SYNTHETIC" ? "synthetic (POC: never counts)" : s.toLowerCase(),
}));

/** Record one KPI value; the KPI list is the targets of the version the release is judged by. */
export function AddMeasurementForm({
  slug,
  label,
  kpis,
}: {
  slug: string;
  label: string;
  kpis: readonly { kpiKey: string; label: string; unit: string }[];
}) {
  return (
    <Disclosure label="Add measurement">
      {(close) => <MeasurementForm slug={slug} label={label} kpis={kpis} close={close} />}
    </Disclosure>
  );
}

function MeasurementForm({
  slug,
  label,
  kpis,
  close,
}: {
  slug: string;
  label: string;
  kpis: readonly { kpiKey: string; label: string; unit: string }[];
  close: () => void;
}) {
  const form = useApiForm({
    schema: ZRecordMeasurement,
    path: releasePath(slug, label, "measurements"),
    onSuccess: close,
  });
  const options = [
    { value: "", label: "Choose a KPI" },
    ...kpis.map((k) => ({ value: k.kpiKey, label: `${k.label} (${k.unit})` })),
  ];
  return (
    <form
      aria-label={`Add measurement to ${label}`}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = readForm(e.currentTarget);
        form.submit({
          kpiKey: f.text("kpiKey"),
          value: f.number("value"),
          source: f.text("source"),
          takenAt: f.instant("takenAt"),
          note: f.optionalText("note"),
        });
      }}
    >
      <SelectField
        label="KPI"
        name="kpiKey"
        options={options}
        defaultValue={kpis.length === 1 ? kpis[0]?.kpiKey : ""}
        error={form.fieldErrors.kpiKey}
      />
      <InputField label="Value" name="value" type="text" inputMode="decimal" error={form.fieldErrors.value} />
      <SelectField
        label="Source"
        name="source"
        options={SOURCE_OPTIONS}
        defaultValue="PRODUCTION"
        error={form.fieldErrors.source}
      />
      <InputField
        label="Taken at (UTC)"
        name="takenAt"
        type="datetime-local"
        defaultValue={isoToDatetimeLocal(new Date())}
        error={form.fieldErrors.takenAt}
      />
      <div className="sm:col-span-2">
        <InputField label="Note (optional)" name="note" error={form.fieldErrors.note} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <ProblemAlert error={form.error} />
        <SubmitButton pending={form.pending}>Record measurement</SubmitButton>
      </div>
    </form>
  );
}

/** Invalidate a measurement with a reason: it stays listed, struck through, and stops counting. */
export function InvalidateMeasurementForm({
  slug,
  id,
  description,
  version,
}: {
  slug: string;
  id: string;
  description: string;
  /** The measurement's version as shown: an invalidation racing another one is refused (STALE_VERSION). */
  version: number;
}) {
  return (
    <Disclosure label="Invalidate" tone="danger">
      {(close) => <InvalidateForm slug={slug} id={id} description={description} version={version} close={close} />}
    </Disclosure>
  );
}

function InvalidateForm({
  slug,
  id,
  description,
  version,
  close,
}: {
  slug: string;
  id: string;
  description: string;
  version: number;
  close: () => void;
}) {
  const form = useApiForm({
    schema: ZInvalidateMeasurement,
    path: `/api/v1/lanes/${slug}/measurements/${id}/invalidate`,
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Invalidate ${description}`}
      noValidate
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        form.submit({ reason: readForm(e.currentTarget).text("reason"), version });
      }}
    >
      <InputField
        label="Why is this measurement invalid?"
        name="reason"
        placeholder="e.g. benchmark host was throttled"
        error={form.fieldErrors.reason}
      />
      <ProblemAlert error={form.error} />
      <SubmitButton pending={form.pending}>Invalidate measurement</SubmitButton>
    </form>
  );
}
