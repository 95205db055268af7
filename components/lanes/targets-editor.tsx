"use client";

import { useController, useFieldArray, useFormContext, useWatch, type FieldValues } from "react-hook-form";
import { useFormField } from "@/lib/client/use-form-field";
import type { TKpiTargetInput } from "@/lib/schemas/targets";
import { asNumber, asPercent, ConvertedField, InputField, SelectField } from "@/components/forms/fields";

const EMPTY: Partial<TKpiTargetInput> = {
  kpiKey: "",
  label: "",
  unit: "",
  direction: "LOWER_IS_BETTER",
  targetKind: "ABSOLUTE",
  stop: null,
};

const DIRECTIONS = [
  { value: "LOWER_IS_BETTER", label: "lower is better" },
  { value: "HIGHER_IS_BETTER", label: "higher is better" },
];
const KINDS = [
  { value: "RELATIVE", label: "relative to baseline" },
  { value: "ABSOLUTE", label: "absolute value" },
];

/**
 * Rows of KPI targets and stop conditions, as the `targets` field of the form around it (lane
 * creation, targets form): errors land on `targets.<i>.<field>`, list-wide ones on `targets`.
 */
export function TargetsEditor() {
  const { control, field, errorOf } = useFormField();
  const { fields, append, remove } = useFieldArray({ control, name: "targets" });
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-800">KPI targets and stop conditions</legend>
      <p className="text-xs text-slate-500">
        Relative values are percentages of the baseline: 20 means 20% better (target) or 20% worse (stop condition).
        Numbers may be typed as the pages print them (&ldquo;3,900&rdquo; or &ldquo;3,900 ms&rdquo;).
      </p>
      {errorOf("targets") ? <p className="text-xs font-medium text-red-700">{errorOf("targets")}</p> : null}
      {fields.map((row, i) => (
        <div
          key={row.id}
          data-target-row={i}
          className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-4"
        >
          <InputField label="KPI key" {...field(`targets.${i}.kpiKey`)} />
          <InputField label="Label" {...field(`targets.${i}.label`)} />
          <InputField label="Unit" {...field(`targets.${i}.unit`)} />
          <SelectField label="Direction" options={DIRECTIONS} {...field(`targets.${i}.direction`)} />
          <ConvertedField
            control={control}
            name={`targets.${i}.baseline`}
            label="Baseline"
            convert={asNumber}
            inputMode="decimal"
          />
          <SelectField label="Target kind" options={KINDS} {...field(`targets.${i}.targetKind`)} />
          <TargetValue index={i} />
          <StopCondition index={i} />
          <div className="col-span-full">
            <RemoveButton index={i} onRemove={() => remove(i)} />
          </div>
        </div>
      ))}
      <button
        type="button"
        className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50"
        onClick={() => append(EMPTY)}
      >
        Add a KPI
      </button>
    </fieldset>
  );
}

/** The stop condition's kind decides whether there is a threshold: none stores `stop: null`. */
function StopCondition({ index }: { index: number }) {
  const { control } = useFormContext<FieldValues>();
  const {
    field: { ref: attach, name, value: stop, onBlur, onChange },
  } = useController({ control, name: `targets.${index}.stop` });
  const kind = stop && typeof stop === "object" && "kind" in stop && typeof stop.kind === "string" ? stop.kind : "";
  const value = stop && typeof stop === "object" && "value" in stop ? stop.value : undefined;
  return (
    <>
      <SelectField
        label="Stop condition"
        name={name}
        ref={attach}
        value={kind}
        onBlur={onBlur}
        onChange={(e) => onChange(e.target.value ? { kind: e.target.value, value } : null)}
        options={[{ value: "", label: "none" }, ...KINDS]}
      />
      {kind ? (
        <ConvertedField
          key={kind}
          control={control}
          name={`targets.${index}.stop.value`}
          label={kind === "RELATIVE" ? "Stop threshold (% worse)" : "Stop threshold"}
          convert={kind === "RELATIVE" ? asPercent : asNumber}
          inputMode="decimal"
        />
      ) : null}
    </>
  );
}

/** A relative target is typed as a percentage (20) and stored as the fraction the gate reads (0.2). */
function TargetValue({ index }: { index: number }) {
  const { control } = useFormContext<FieldValues>();
  const kind: unknown = useWatch({ name: `targets.${index}.targetKind` });
  const relative = kind === "RELATIVE";
  return (
    <ConvertedField
      key={relative ? "relative" : "absolute"}
      control={control}
      name={`targets.${index}.targetValue`}
      label={relative ? "Target (% better)" : "Target"}
      convert={relative ? asPercent : asNumber}
      inputMode="decimal"
    />
  );
}

function RemoveButton({ index, onRemove }: { index: number; onRemove: () => void }) {
  const label: unknown = useWatch({ name: `targets.${index}.label` });
  return (
    <button type="button" className="text-xs text-red-700 hover:underline" onClick={onRemove}>
      Remove {typeof label === "string" && label ? label : "this KPI"}
    </button>
  );
}
