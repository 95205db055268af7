"use client";

import {
  MEASUREMENT_SOURCES,
  ZInvalidatedMeasurement,
  ZInvalidateMeasurement,
  ZRecordedMeasurement,
  ZRecordMeasurement,
} from "@/lib/schemas/measurement";
import { useApiForm } from "@/lib/client/use-api-form";
import { asNumber, asUtcDateTime, ConvertedField, InputField, SelectField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { releasePath } from "@/components/releases/release-paths";

const SOURCE_OPTIONS = MEASUREMENT_SOURCES.map((s) => ({
  value: s,
  label: s === "SYNTHETIC" ? "synthetic (POC: never counts)" : s.toLowerCase(),
}));

export type Kpi = { kpiKey: string; label: string; unit: string };

export function MeasurementForm({
  slug,
  label,
  kpis,
  close,
}: {
  slug: string;
  label: string;
  kpis: readonly Kpi[];
  close: () => void;
}) {
  const kit = useApiForm({
    schema: ZRecordMeasurement,
    defaultValues: {
      kpiKey: kpis.length === 1 ? kpis[0]?.kpiKey : "",
      source: "PRODUCTION",
      takenAt: new Date().toISOString(),
    },
    path: releasePath(slug, label, "measurements"),
    response: ZRecordedMeasurement,
    success: "Measurement recorded.",
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
      onSubmit={kit.submit}
    >
      <SelectField label="KPI" options={options} {...kit.field("kpiKey")} />
      <ConvertedField control={kit.form.control} name="value" label="Value" convert={asNumber} inputMode="decimal" />
      <SelectField label="Source" options={SOURCE_OPTIONS} {...kit.field("source")} />
      <ConvertedField
        control={kit.form.control}
        name="takenAt"
        label="Taken at (UTC)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <div className="sm:col-span-2">
        <InputField label="Note (optional)" {...kit.field("note", { optional: true })} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <ProblemAlert {...kit.alert} />
        <SubmitButton pending={kit.pending}>Record measurement</SubmitButton>
      </div>
    </form>
  );
}

export function InvalidateForm({
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
  const kit = useApiForm({
    schema: ZInvalidateMeasurement,
    defaultValues: { reason: "", version },
    path: `/api/v1/lanes/${slug}/measurements/${id}/invalidate`,
    response: ZInvalidatedMeasurement,
    success: "Measurement invalidated: it no longer counts.",
    onSuccess: close,
  });
  return (
    <form aria-label={`Invalidate ${description}`} noValidate className="space-y-2" onSubmit={kit.submit}>
      <InputField
        label="Why is this measurement invalid?"
        placeholder="e.g. benchmark host was throttled"
        {...kit.field("reason")}
      />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Invalidate measurement</SubmitButton>
    </form>
  );
}
