"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ZCreateLane, ZUpdateLane } from "@/lib/schemas/lane";
import type { TKpiTargetInput } from "@/lib/schemas/targets";
import { useLaneMutation } from "@/lib/client/use-lane-mutation";
import { pointerFieldErrors, zodFieldErrors } from "@/lib/client/zod-field-errors";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { fromDraft, TargetsEditor, toDraft, type TargetDraft } from "@/components/lanes/targets-editor";

export interface LaneFormValues {
  name: string;
  workload: string;
  owningTeam: string;
  engineVersion: string;
  requiredStableReleases: number;
  recoveryLimitSeconds: number;
  drillMaxAgeDays: number;
}

type Props =
  | { mode: "create"; initial: LaneFormValues; defaultTargets: TKpiTargetInput[] }
  | { mode: "edit"; slug: string; version: number; initial: LaneFormValues };

const int = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

/** Creates a lane (slug, DESIGN's default policy and KPI targets prefilled) or edits one by version. */
export function LaneForm(props: Props) {
  const router = useRouter();
  const [fields, setFields] = useState(
    () =>
      Object.fromEntries(Object.entries(props.initial).map(([k, v]) => [k, String(v)])) as Record<
        keyof LaneFormValues,
        string
      >,
  );
  const [slug, setSlug] = useState("");
  const [targets, setTargets] = useState<TargetDraft[]>(() =>
    props.mode === "create" ? props.defaultTargets.map(toDraft) : [],
  );
  const [version, setVersion] = useState(props.mode === "edit" ? props.version : 1);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const mutation = useLaneMutation<Record<string, unknown>, { slug: string; version: number }>({
    path: props.mode === "create" ? "/api/v1/lanes" : `/api/v1/lanes/${props.slug}`,
    method: props.mode === "create" ? "POST" : "PATCH",
    onSuccess: (lane) => {
      if (props.mode === "create") router.push(`/lanes/${lane.slug}`);
      else {
        setVersion(lane.version);
        setSaved(true);
      }
    },
  });

  const values = () => ({
    name: fields.name,
    workload: fields.workload,
    owningTeam: fields.owningTeam,
    engineVersion: fields.engineVersion,
    requiredStableReleases: int(fields.requiredStableReleases),
    recoveryLimitSeconds: int(fields.recoveryLimitSeconds),
    drillMaxAgeDays: int(fields.drillMaxAgeDays),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const input =
      props.mode === "create"
        ? { ...values(), slug, targets: targets.length ? targets.map(fromDraft) : undefined }
        : { ...values(), version };
    const parsed = (props.mode === "create" ? ZCreateLane : ZUpdateLane).safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data, {
      onError: (error) => {
        setErrors(pointerFieldErrors(error.invalidParams));
        // A stale save: show what changed, keep the input, and let the next save build on the current version.
        const current = error.body.current as { version?: number } | undefined;
        if (error.code === "STALE_VERSION" && typeof current?.version === "number") setVersion(current.version);
      },
    });
  };

  const field = (
    key: keyof LaneFormValues,
    label: string,
    extra: { multiline?: boolean; hint?: string; inputMode?: "numeric" } = {},
  ) => (
    <TextField
      label={label}
      name={key}
      value={fields[key]}
      error={errors[key]}
      onChange={(e) => setFields((f) => ({ ...f, [key]: e.target.value }))}
      {...extra}
    />
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={props.mode === "create" ? "New lane" : "Edit lane"}
      className="space-y-3"
    >
      {props.mode === "create" ? (
        <TextField
          label="Slug"
          name="slug"
          value={slug}
          error={errors.slug}
          hint="Lowercase letters, digits and dashes; the lane's address."
          onChange={(e) => setSlug(e.target.value)}
        />
      ) : null}
      {field("name", "Name")}
      {field("workload", "Workload", { multiline: true })}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("owningTeam", "Owning team")}
        {field("engineVersion", "Engine version")}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {field("requiredStableReleases", "Stable releases required", { inputMode: "numeric" })}
        {field("recoveryLimitSeconds", "Recovery limit (seconds)", { inputMode: "numeric" })}
        {field("drillMaxAgeDays", "Drill max age (days)", { inputMode: "numeric" })}
      </div>
      {props.mode === "create" ? <TargetsEditor rows={targets} onChange={setTargets} errors={errors} /> : null}
      <ProblemAlert error={mutation.error} mine={values()} />
      {saved ? (
        <p role="status" className="text-sm text-emerald-700">
          Saved (version {version}).
        </p>
      ) : null}
      <SubmitButton pending={mutation.isPending}>{props.mode === "create" ? "Create lane" : "Save lane"}</SubmitButton>
    </form>
  );
}
