"use client";

import { useMemo, useState } from "react";
import { FormProvider, useFieldArray, useWatch } from "react-hook-form";
import { z } from "zod";
import { ZAddPlans } from "@/lib/schemas/ingest";
import { ZPlanSnapshotPushed } from "@/lib/schemas/ingest-responses";
import { apiFetch } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { useFormField } from "@/lib/client/use-form-field";
import { queryNameFromFile, summarisePlanText } from "@/lib/domain/plans/summarise-plan-text";
import { InputField, TextAreaField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

const ZPushed = z.array(ZPlanSnapshotPushed);
type Pushed = z.output<typeof ZPushed>;

/**
 * Paste or upload EXPLAIN / EXPLAIN ANALYZE output for a release: one query per row, the query
 * named after the file it came from. Each row is parsed as it is typed, with the same parser the
 * server runs, and sent through the plan-snapshot route (POST /api/v1/lanes/{slug}/plans).
 */
export function AddPlansForm({ slug, releaseLabel }: { slug: string; releaseLabel: string }) {
  const [stored, setStored] = useState<Pushed>([]);
  const path = `/api/v1/lanes/${slug}/plans`;
  const kit = useApiForm({
    schema: ZAddPlans,
    defaultValues: { releaseLabel, plans: [{ queryName: "", text: "" }] },
    path,
    response: ZPushed,
    // One request per query, in order; a refusal stops there and says which query it was.
    send: async ({ plans }) => {
      const done: Pushed = [];
      for (const plan of plans)
        done.push(
          await apiFetch(path, { method: "POST", body: { ...plan, releaseLabel }, schema: ZPlanSnapshotPushed }),
        );
      return done;
    },
    success: (pushed) => `${pushed.length === 1 ? "1 plan" : `${pushed.length} plans`} stored for ${releaseLabel}.`,
    onSuccess: (pushed) => {
      setStored(pushed);
      kit.form.reset({ releaseLabel, plans: [{ queryName: "", text: "" }] });
    },
  });
  return (
    <FormProvider {...kit.form}>
      <form
        id="add-plans"
        aria-label={`Add plans to ${releaseLabel}`}
        noValidate
        className="space-y-3"
        onSubmit={kit.submit}
      >
        <p className="text-sm text-slate-600">
          Paste the output of <code>EXPLAIN</code> or <code>EXPLAIN ANALYZE</code> (any DataFusion format: indent, tree,
          verbose, pgjson, graphviz; datafusion-cli table or sqllogictest layout), or upload one file per query. Capture
          plans before the first deployment, so observability is not late.
        </p>
        <PlanRows />
        <ProblemAlert {...kit.alert} />
        <SubmitButton pending={kit.pending}>Store plans</SubmitButton>
      </form>
      {stored.length ? <StoredPlans stored={stored} /> : null}
    </FormProvider>
  );
}

function PlanRows() {
  const { control, field, errorOf } = useFormField();
  const { fields, append, remove, replace } = useFieldArray({ control, name: "plans" });
  const rows: unknown = useWatch({ control, name: "plans" });
  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const read = await Promise.all(
      [...files].map(async (f) => ({ queryName: queryNameFromFile(f.name), text: await f.text() })),
    );
    // An untouched empty first row is replaced rather than kept blank.
    const current = Array.isArray(rows) ? (rows as { queryName?: string; text?: string }[]) : [];
    const blank = current.length === 1 && !current[0]?.queryName && !current[0]?.text;
    if (blank) replace(read);
    else append(read);
  };
  return (
    <div className="space-y-3">
      <label className="block text-xs font-medium text-slate-700">
        Upload EXPLAIN files (one query per file; the query is named after the file)
        <input
          type="file"
          multiple
          accept=".txt,.sql,.out,.log,.explain,.json,.dot,text/plain"
          className="mt-1 block w-full text-sm"
          onChange={(e) => {
            void onFiles(e.target.files);
            e.target.value = "";
          }}
        />
      </label>
      {errorOf("plans") ? <p className="text-xs font-medium text-red-700">{errorOf("plans")}</p> : null}
      {fields.map((row, i) => (
        <div key={row.id} className="space-y-2 rounded-md border border-slate-200 bg-white p-2" data-plan-row={i}>
          <InputField label="Query name" placeholder="q17 or revenue_by_region" {...field(`plans.${i}.queryName`)} />
          <TextAreaField label="EXPLAIN output" rows={6} className="font-mono" {...field(`plans.${i}.text`)} />
          <PlanPreview index={i} />
          {fields.length > 1 ? (
            <button type="button" className="text-xs text-red-700 hover:underline" onClick={() => remove(i)}>
              Remove this query
            </button>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50"
        onClick={() => append({ queryName: "", text: "" })}
      >
        Add another query
      </button>
    </div>
  );
}

/** What the parser reads in the pasted text, at once: format, operators, problems with their line. */
function PlanPreview({ index }: { index: number }) {
  const text: unknown = useWatch({ name: `plans.${index}.text` });
  const summary = useMemo(() => (typeof text === "string" && text.trim() ? summarisePlanText(text) : null), [text]);
  if (!summary) return null;
  return (
    <div className="text-xs" data-plan-preview aria-live="polite">
      {summary.mainPlan ? (
        <p className="text-emerald-800">
          Read as <strong>{summary.format}</strong> ({summary.layout}): {summary.mainPlan.operators} operators in the{" "}
          {summary.mainPlan.planType}.
        </p>
      ) : (
        <p className="text-amber-800">
          No plan could be read ({summary.format}). It is still stored as text, flagged as unreadable.
        </p>
      )}
      {summary.problems.length ? (
        <ul className="mt-1 space-y-0.5 text-amber-900">
          {summary.problems.slice(0, 5).map((p, i) => (
            <li key={`${p.line}-${i}`}>
              line {p.line} ({p.severity}): {p.message}
            </li>
          ))}
          {summary.problems.length > 5 ? <li>… {summary.problems.length - 5} more</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

function StoredPlans({ stored }: { stored: Pushed }) {
  return (
    <div
      role="status"
      className="mt-3 rounded-md border border-emerald-200 bg-emerald-50 p-2 text-sm"
      data-plans-stored
    >
      <p className="font-medium text-emerald-900">Stored:</p>
      <ul className="space-y-0.5 text-emerald-900">
        {stored.map((p) => (
          <li key={p.id}>
            <span className="font-mono">{p.queryName}</span>: {p.format ?? "unknown format"}
            {p.mainPlan ? `, ${p.mainPlan.operators} operators` : ", not readable"}
            {p.problems.length ? `, ${p.problems.length} problem${p.problems.length === 1 ? "" : "s"}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
