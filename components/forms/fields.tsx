"use client";

import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { type Control, type FieldValues, type Path, useController } from "react-hook-form";
import { datetimeLocalToIso, isoToDatetimeLocal } from "@/lib/domain/format/datetime-local-utc";
import { fractionToPercentText, parseNumberInput, parsePercentInput } from "@/lib/domain/format/parse-number-input";

// The one field kit: a labelled control with its hint and error under it, wired for screen
// readers. Text, selects, checkboxes and radios are registered with react-hook-form
// (`{...kit.field("name")}`); values typed as text but sent as something else (numbers, UTC
// times, "5:40") go through ConvertedField.

const CONTROL =
  "mt-1 block w-full rounded-md border px-2 py-1.5 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500";

/** `hideLabel`: for a compact one-line form whose placeholder says what to type; screen readers still get the label. */
type Common = { label: string; error?: string; hint?: ReactNode; hideLabel?: boolean };

function Shell({ label, error, hint, hideLabel, id, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-xs font-medium text-slate-700"}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function wiring(id: string, { error, hint }: Common) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: `${CONTROL} ${error ? "border-red-500 bg-red-50" : "border-slate-300 bg-white"}`,
  };
}

type Native<E> = Omit<InputHTMLAttributes<E>, "children"> & { ref?: Ref<E> };

export function InputField({ label, error, hint, hideLabel, ...input }: Common & Native<HTMLInputElement>) {
  const id = useId();
  return (
    <Shell label={label} error={error} hint={hint} hideLabel={hideLabel} id={id}>
      <input {...input} {...wiring(id, { label, error, hint })} />
    </Shell>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  ...textarea
}: Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "children"> & { ref?: Ref<HTMLTextAreaElement> }) {
  const id = useId();
  return (
    <Shell label={label} error={error} hint={hint} id={id}>
      <textarea rows={3} {...textarea} {...wiring(id, { label, error, hint })} />
    </Shell>
  );
}

export function SelectField({
  label,
  error,
  hint,
  hideLabel,
  options,
  ...select
}: Common & {
  options: readonly { value: string; label: string }[];
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "children"> & { ref?: Ref<HTMLSelectElement> }) {
  const id = useId();
  return (
    <Shell label={label} error={error} hint={hint} hideLabel={hideLabel} id={id}>
      <select {...select} {...wiring(id, { label, error, hint })}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxField({ label, error, ...input }: Omit<Common, "hint"> & Native<HTMLInputElement>) {
  return (
    <div>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="mt-1 h-4 w-4 rounded border-slate-300"
          aria-invalid={error ? true : undefined}
          {...input}
        />
        <span>{label}</span>
      </label>
      {error ? <p className="mt-1 text-xs font-medium text-red-700">{error}</p> : null}
    </div>
  );
}

export function RadioGroupField({
  legend,
  options,
  error,
  ...input
}: {
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string;
} & Native<HTMLInputElement>) {
  return (
    <fieldset className="flex flex-wrap gap-4 text-sm">
      <legend className="sr-only">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-1">
          <input type="radio" value={o.value} {...input} />
          {o.label}
        </label>
      ))}
      {error ? <p className="w-full text-xs font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** How a value the schema wants reads as text in an input, and back. */
export interface Conversion {
  toText: (value: unknown) => string;
  /** "" → undefined, so the schema says the field is missing; text it cannot read → NaN or the text itself. */
  toValue: (text: string) => unknown;
}

/** Reads numbers the way the UI prints them: "3,900", "3,900 ms" (parseNumberInput). */
export const asNumber: Conversion = {
  toText: (v) => (typeof v === "number" && !Number.isNaN(v) ? String(v) : ""),
  toValue: parseNumberInput,
};

/** A fraction (0.2) entered and shown as a percentage ("20"). */
export const asPercent: Conversion = {
  toText: (v) => (typeof v === "number" && !Number.isNaN(v) ? fractionToPercentText(v) : ""),
  toValue: parsePercentInput,
};

/** A datetime-local input read and written as UTC; the value is an ISO instant with a Z. */
export const asUtcDateTime: Conversion = {
  toText: (v) => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? isoToDatetimeLocal(new Date(v)) : ""),
  toValue: (t) => datetimeLocalToIso(t),
};

/** An input whose text is converted on every keystroke: what is typed stays as typed. */
export function ConvertedField<T extends FieldValues>({
  control,
  name,
  convert,
  label,
  hint,
  type = "text",
  inputMode,
}: {
  control: Control<T>;
  name: Path<T>;
  convert: Conversion;
  label: string;
  hint?: ReactNode;
  type?: "text" | "datetime-local";
  inputMode?: "decimal" | "numeric";
}) {
  const id = useId();
  const {
    field: { ref: attach, name: fieldName, value: fieldValue, onBlur, onChange },
    fieldState,
  } = useController({ control, name });
  const [state, setState] = useState<{ text: string; value: unknown }>(() => ({
    text: convert.toText(fieldValue),
    value: fieldValue,
  }));
  let text = state.text;
  // The form set the value from outside (a reset, a new version): show it.
  if (!Object.is(state.value, fieldValue)) {
    text = convert.toText(fieldValue);
    setState({ text, value: fieldValue });
  }
  const error = fieldState.error?.message;
  return (
    <Shell label={label} error={error} hint={hint} id={id}>
      <input
        ref={attach}
        name={fieldName}
        type={type}
        inputMode={inputMode}
        value={text}
        onBlur={onBlur}
        onChange={(e) => {
          const value = convert.toValue(e.target.value);
          setState({ text: e.target.value, value });
          onChange(value);
        }}
        {...wiring(id, { label, error, hint })}
      />
    </Shell>
  );
}
