"use client";

import { ZRecordIncident, ZResolveIncident } from "@/lib/schemas/incident";
import { SEVERITIES } from "@/lib/domain/readiness/constants";
import { isPrioritySeverity } from "@/lib/domain/readiness/is-priority-severity";
import { isoToDatetimeLocal } from "@/lib/domain/format/datetime-local-utc";
import { readForm } from "@/lib/client/form-values";
import { useApiForm } from "@/lib/client/use-api-form";
import { Disclosure } from "@/components/ui/disclosure";
import { InputField, SelectField, SubmitButton } from "@/components/ui/field";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { releasePath } from "@/components/releases/release-paths";

const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({
  value: s,
  label: isPrioritySeverity(s) ? `${s} (priority: breaks the streak)` : s,
}));

/** Link an incident to the release; P1/P2 make it unstable. */
export function AddIncidentForm({ slug, label }: { slug: string; label: string }) {
  return (
    <Disclosure label="Add incident">{(close) => <IncidentForm slug={slug} label={label} close={close} />}</Disclosure>
  );
}

function IncidentForm({ slug, label, close }: { slug: string; label: string; close: () => void }) {
  const form = useApiForm({ schema: ZRecordIncident, path: releasePath(slug, label, "incidents"), onSuccess: close });
  return (
    <form
      aria-label={`Add incident to ${label}`}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = readForm(e.currentTarget);
        form.submit({
          ref: f.text("ref"),
          severity: f.text("severity"),
          title: f.text("title"),
          openedAt: f.instant("openedAt"),
          resolvedAt: f.instant("resolvedAt"),
        });
      }}
    >
      <InputField label="Reference" name="ref" placeholder="INC-2300" error={form.fieldErrors.ref} />
      <SelectField
        label="Severity"
        name="severity"
        options={SEVERITY_OPTIONS}
        defaultValue="P3"
        error={form.fieldErrors.severity}
      />
      <div className="sm:col-span-2">
        <InputField label="Title" name="title" error={form.fieldErrors.title} />
      </div>
      <InputField
        label="Opened at (UTC)"
        name="openedAt"
        type="datetime-local"
        defaultValue={isoToDatetimeLocal(new Date())}
        error={form.fieldErrors.openedAt}
      />
      <InputField
        label="Resolved at (UTC, empty if open)"
        name="resolvedAt"
        type="datetime-local"
        error={form.fieldErrors.resolvedAt}
      />
      <div className="space-y-2 sm:col-span-2">
        <ProblemAlert error={form.error} />
        <SubmitButton pending={form.pending}>Record incident</SubmitButton>
      </div>
    </form>
  );
}

/** Record when an open incident was resolved. */
export function ResolveIncidentForm({ slug, id, incidentRef }: { slug: string; id: string; incidentRef: string }) {
  return (
    <Disclosure label="Resolve">
      {(close) => <ResolveForm slug={slug} id={id} incidentRef={incidentRef} close={close} />}
    </Disclosure>
  );
}

function ResolveForm({
  slug,
  id,
  incidentRef,
  close,
}: {
  slug: string;
  id: string;
  incidentRef: string;
  close: () => void;
}) {
  const form = useApiForm({
    schema: ZResolveIncident,
    path: `/api/v1/lanes/${slug}/incidents/${id}`,
    method: "PATCH",
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Resolve incident ${incidentRef}`}
      noValidate
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        form.submit({ resolvedAt: readForm(e.currentTarget).instant("resolvedAt") });
      }}
    >
      <InputField
        label="Resolved at (UTC)"
        name="resolvedAt"
        type="datetime-local"
        defaultValue={isoToDatetimeLocal(new Date())}
        error={form.fieldErrors.resolvedAt}
      />
      <ProblemAlert error={form.error} />
      <SubmitButton pending={form.pending}>Resolve {incidentRef}</SubmitButton>
    </form>
  );
}
