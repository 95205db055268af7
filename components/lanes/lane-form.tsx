"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { ZCreatedLane, ZCreateLane, ZLaneRecord, ZUpdateLane } from "@/lib/schemas/lane";
import type { TKpiTargetInput } from "@/lib/schemas/targets";
import type { StaleField } from "@/lib/client/describe-stale-changes";
import { useApiForm } from "@/lib/client/use-api-form";
import { useFormField } from "@/lib/client/use-form-field";
import { useTeams } from "@/lib/client/use-teams";
import { asNumber, ConvertedField, InputField, SelectField, TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TargetsEditor } from "@/components/lanes/targets-editor";

export interface LaneFormValues {
  name: string;
  workload: string;
  /** The owning team's slug. */
  team: string;
  engineVersion: string;
  requiredStableReleases: number;
  recoveryLimitSeconds: number;
  drillMaxAgeDays: number;
}

const LABELS: Record<keyof LaneFormValues, string> = {
  name: "Name",
  workload: "Workload",
  team: "Owning team",
  engineVersion: "Engine version",
  requiredStableReleases: "Stable releases required",
  recoveryLimitSeconds: "Recovery limit (seconds)",
  drillMaxAgeDays: "Drill max age (days)",
};
const STALE_FIELDS: StaleField[] = Object.entries(LABELS).map(([key, label]) => ({ key, label }));

/** Creates a lane (slug, the default policy and KPI targets prefilled). */
export function NewLaneForm({
  initial,
  defaultTargets,
}: {
  initial: LaneFormValues;
  defaultTargets: TKpiTargetInput[];
}) {
  const router = useRouter();
  const kit = useApiForm({
    schema: ZCreateLane,
    defaultValues: { slug: "", ...initial, targets: defaultTargets },
    path: "/api/v1/lanes",
    response: ZCreatedLane,
    success: "Lane created.",
    onSuccess: (lane) => router.push(`/lanes/${lane.slug}`),
  });
  return (
    <FormProvider {...kit.form}>
      <form onSubmit={kit.submit} noValidate aria-label="New lane" className="space-y-3">
        <InputField
          label="Slug"
          hint="Lowercase letters, digits and dashes; the lane's address."
          {...kit.field("slug")}
        />
        <LaneFields />
        <TargetsEditor />
        <ProblemAlert {...kit.alert} />
        <SubmitButton pending={kit.pending}>Create lane</SubmitButton>
      </form>
    </FormProvider>
  );
}

/** Edits a lane against the version it was opened on; a stale save shows what changed and keeps the input. */
export function EditLaneForm({ slug, version, initial }: { slug: string; version: number; initial: LaneFormValues }) {
  const kit = useApiForm({
    schema: ZUpdateLane,
    defaultValues: { ...initial, version },
    path: `/api/v1/lanes/${slug}`,
    method: "PATCH",
    response: ZLaneRecord,
    success: "Lane saved.",
    stale: { seen: { ...initial }, fields: STALE_FIELDS },
  });
  return (
    <FormProvider {...kit.form}>
      <form onSubmit={kit.submit} noValidate aria-label="Edit lane" className="space-y-3">
        <LaneFields />
        <ProblemAlert {...kit.alert} />
        {kit.succeeded ? (
          <p role="status" className="text-sm text-emerald-700">
            Saved (version {kit.form.watch("version")}).
          </p>
        ) : null}
        <SubmitButton pending={kit.pending}>Save lane</SubmitButton>
      </form>
    </FormProvider>
  );
}

/** The lane's own fields, shared by both forms. */
function LaneFields() {
  const { control, field } = useFormField();
  const teams = useTeams();
  const teamOptions = (teams.data?.teams ?? []).map((t) => ({ value: t.slug, label: t.name }));
  const number = (name: keyof LaneFormValues) => (
    <ConvertedField control={control} name={name} label={LABELS[name]} convert={asNumber} inputMode="numeric" />
  );
  return (
    <>
      <InputField label={LABELS.name} {...field("name")} />
      <TextAreaField label={LABELS.workload} {...field("workload")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={LABELS.team}
          options={[{ value: "", label: teams.isPending ? "Loading teams…" : "Pick a team" }, ...teamOptions]}
          {...field("team")}
        />
        <InputField label={LABELS.engineVersion} {...field("engineVersion")} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {number("requiredStableReleases")}
        {number("recoveryLimitSeconds")}
        {number("drillMaxAgeDays")}
      </div>
    </>
  );
}
