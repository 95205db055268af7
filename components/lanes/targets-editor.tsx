"use client";

import type { TKpiTargetInput } from "@/lib/schemas/targets";
import { TextField } from "@/components/forms/text-field";

/** Form state of one KPI row: numbers stay text while typed, converted on submit. */
export interface TargetDraft {
  kpiKey: string;
  label: string;
  unit: string;
  direction: "LOWER_IS_BETTER" | "HIGHER_IS_BETTER";
  baseline: string;
  targetKind: "ABSOLUTE" | "RELATIVE";
  targetValue: string;
  stopKind: "" | "ABSOLUTE" | "RELATIVE";
  stopValue: string;
}

export function toDraft(t: TKpiTargetInput): TargetDraft {
  return {
    kpiKey: t.kpiKey,
    label: t.label,
    unit: t.unit,
    direction: t.direction,
    baseline: String(t.baseline),
    targetKind: t.targetKind,
    targetValue: String(t.targetValue),
    stopKind: t.stop?.kind ?? "",
    stopValue: t.stop ? String(t.stop.value) : "",
  };
}

const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

export function fromDraft(d: TargetDraft): TKpiTargetInput {
  return {
    kpiKey: d.kpiKey,
    label: d.label,
    unit: d.unit,
    direction: d.direction,
    baseline: num(d.baseline),
    targetKind: d.targetKind,
    targetValue: num(d.targetValue),
    stop: d.stopKind ? { kind: d.stopKind, value: num(d.stopValue) } : null,
  };
}

const EMPTY: TargetDraft = {
  kpiKey: "",
  label: "",
  unit: "",
  direction: "LOWER_IS_BETTER",
  baseline: "",
  targetKind: "ABSOLUTE",
  targetValue: "",
  stopKind: "",
  stopValue: "",
};

/** Rows of KPI targets and stop conditions; errors are keyed "targets/<i>/<field>". */
export function TargetsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: TargetDraft[];
  onChange: (rows: TargetDraft[]) => void;
  errors: Record<string, string>;
}) {
  const set = (i: number, patch: Partial<TargetDraft>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const err = (i: number, f: string) => errors[`targets/${i}/${f}`];
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-800">KPI targets and stop conditions</legend>
      <p className="text-xs text-slate-500">
        Relative values are fractions of the baseline: 0.2 means 20% better (target) or 20% worse (stop).
      </p>
      {errors.targets ? <p className="text-xs font-medium text-red-700">{errors.targets}</p> : null}
      {rows.map((r, i) => (
        <div
          key={i}
          data-target-row={i}
          className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-4"
        >
          <TextField
            label="KPI key"
            name={`targets/${i}/kpiKey`}
            value={r.kpiKey}
            error={err(i, "kpiKey")}
            onChange={(e) => set(i, { kpiKey: e.target.value })}
          />
          <TextField
            label="Label"
            name={`targets/${i}/label`}
            value={r.label}
            error={err(i, "label")}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <TextField
            label="Unit"
            name={`targets/${i}/unit`}
            value={r.unit}
            error={err(i, "unit")}
            onChange={(e) => set(i, { unit: e.target.value })}
          />
          <TextField
            label="Direction"
            name={`targets/${i}/direction`}
            value={r.direction}
            error={err(i, "direction")}
            onChange={(e) => set(i, { direction: e.target.value as TargetDraft["direction"] })}
          >
            <option value="LOWER_IS_BETTER">lower is better</option>
            <option value="HIGHER_IS_BETTER">higher is better</option>
          </TextField>
          <TextField
            label="Baseline"
            name={`targets/${i}/baseline`}
            inputMode="decimal"
            value={r.baseline}
            error={err(i, "baseline")}
            onChange={(e) => set(i, { baseline: e.target.value })}
          />
          <TextField
            label="Target kind"
            name={`targets/${i}/targetKind`}
            value={r.targetKind}
            onChange={(e) => set(i, { targetKind: e.target.value as TargetDraft["targetKind"] })}
          >
            <option value="RELATIVE">relative to baseline</option>
            <option value="ABSOLUTE">absolute value</option>
          </TextField>
          <TextField
            label="Target"
            name={`targets/${i}/targetValue`}
            inputMode="decimal"
            value={r.targetValue}
            error={err(i, "targetValue")}
            onChange={(e) => set(i, { targetValue: e.target.value })}
          />
          <TextField
            label="Stop condition"
            name={`targets/${i}/stopKind`}
            value={r.stopKind}
            onChange={(e) => set(i, { stopKind: e.target.value as TargetDraft["stopKind"] })}
          >
            <option value="">none</option>
            <option value="RELATIVE">relative to baseline</option>
            <option value="ABSOLUTE">absolute value</option>
          </TextField>
          {r.stopKind ? (
            <TextField
              label="Stop threshold"
              name={`targets/${i}/stop/value`}
              inputMode="decimal"
              value={r.stopValue}
              error={err(i, "stop/value") ?? err(i, "stop")}
              onChange={(e) => set(i, { stopValue: e.target.value })}
            />
          ) : null}
          <div className="col-span-full">
            <button
              type="button"
              className="text-xs text-red-700 hover:underline"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove {r.label || "this KPI"}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50"
        onClick={() => onChange([...rows, EMPTY])}
      >
        Add a KPI
      </button>
    </fieldset>
  );
}
