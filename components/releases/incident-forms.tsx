"use client";

import { SEVERITIES } from "@/lib/domain/readiness/constants";
import { isPrioritySeverity } from "@/lib/domain/readiness/is-priority-severity";
import { ZIncidentRecord, ZRecordIncident, ZResolveIncident } from "@/lib/schemas/incident";
import { useApiForm } from "@/lib/client/use-api-form";
import { asUtcDateTime, ConvertedField, InputField, SelectField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { releasePath } from "@/components/releases/release-paths";

const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({
  value: s,
  label: isPrioritySeverity(s) ? `${s} (priority: breaks the streak)` : s,
}));

export function IncidentForm({ slug, label, close }: { slug: string; label: string; close: () => void }) {
  const kit = useApiForm({
    schema: ZRecordIncident,
    defaultValues: { ref: "", severity: "P3", title: "", openedAt: new Date().toISOString() },
    path: releasePath(slug, label, "incidents"),
    response: ZIncidentRecord,
    success: "Incident recorded.",
    onSuccess: close,
  });
  const { control } = kit.form;
  return (
    <form
      aria-label={`Add incident to ${label}`}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={kit.submit}
    >
      <InputField label="Reference" placeholder="INC-2300" {...kit.field("ref")} />
      <SelectField label="Severity" options={SEVERITY_OPTIONS} {...kit.field("severity")} />
      <div className="sm:col-span-2">
        <InputField label="Title" {...kit.field("title")} />
      </div>
      <ConvertedField
        control={control}
        name="openedAt"
        label="Opened at (UTC)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <ConvertedField
        control={control}
        name="resolvedAt"
        label="Resolved at (UTC, empty if open)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <div className="space-y-2 sm:col-span-2">
        <ProblemAlert {...kit.alert} />
        <SubmitButton pending={kit.pending}>Record incident</SubmitButton>
      </div>
    </form>
  );
}

export function ResolveForm({
  slug,
  id,
  incidentRef,
  version,
  close,
}: {
  slug: string;
  id: string;
  incidentRef: string;
  version: number;
  close: () => void;
}) {
  const kit = useApiForm({
    schema: ZResolveIncident,
    defaultValues: { resolvedAt: new Date().toISOString(), version },
    path: `/api/v1/lanes/${slug}/incidents/${id}`,
    method: "PATCH",
    response: ZIncidentRecord,
    success: "Incident resolved.",
    onSuccess: close,
  });
  return (
    <form aria-label={`Resolve incident ${incidentRef}`} noValidate className="space-y-2" onSubmit={kit.submit}>
      <ConvertedField
        control={kit.form.control}
        name="resolvedAt"
        label="Resolved at (UTC)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Resolve {incidentRef}</SubmitButton>
    </form>
  );
}
