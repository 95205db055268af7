import { useId, type InputHTMLAttributes, type ReactNode } from "react";

const INPUT = "w-full rounded-md border px-2 py-1 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500";

/** A labelled input whose error is shown beside it and announced with the field. */
export function TextField({
  label,
  name,
  error,
  hint,
  multiline,
  children,
  ...input
}: {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
  multiline?: boolean;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  // Several forms on one page share field names: ids must stay unique so each label finds its own input.
  const id = `f-${name.replaceAll("/", "-")}-${useId().replaceAll(":", "")}`;
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const cls = `${INPUT} ${error ? "border-red-500 bg-red-50" : "border-slate-300 bg-white"}`;
  return (
    <div className="space-y-1 text-sm">
      <label htmlFor={id} className="block font-medium text-slate-700">
        {label}
      </label>
      {children ? (
        <select
          id={id}
          name={name}
          aria-invalid={!!error}
          aria-describedby={described}
          className={cls}
          value={input.value as string}
          onChange={input.onChange as never}
          disabled={input.disabled}
        >
          {children}
        </select>
      ) : multiline ? (
        <textarea
          id={id}
          name={name}
          aria-invalid={!!error}
          aria-describedby={described}
          className={cls}
          rows={3}
          value={input.value as string}
          onChange={input.onChange as never}
          placeholder={input.placeholder}
        />
      ) : (
        <input id={id} name={name} aria-invalid={!!error} aria-describedby={described} className={cls} {...input} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
