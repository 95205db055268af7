import type { AuditFilterOptionsView } from "@/lib/views/audit-view";

const SELECT = "w-full min-w-0 rounded-md border px-2 py-1 bg-white";

function Picker({
  name,
  label,
  value,
  options,
  error,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  error?: string;
}) {
  // A value from a shared URL that is no longer offered stays selectable, so the view is kept.
  const all = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`audit-${name}`} className="font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`audit-${name}`}
        name={name}
        defaultValue={value ?? ""}
        aria-invalid={!!error}
        className={`${SELECT} ${error ? "border-red-500 bg-red-50" : "border-slate-300"}`}
      >
        <option value="">Any</option>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? <span className="text-xs font-medium text-red-700">{error}</span> : null}
    </div>
  );
}

/** A plain GET form of pickers: the filters live in the URL, so a filtered view can be shared. */
export function AuditFilters({
  values,
  errors,
  options,
}: {
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  options: AuditFilterOptionsView;
}) {
  const plain = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }));
  return (
    <form
      method="get"
      aria-label="Audit filters"
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-7"
    >
      <Picker
        name="lane"
        label="Lane"
        value={values.lane}
        error={errors.lane}
        options={options.lanes.map((l) => ({ value: l.slug, label: l.name }))}
      />
      <Picker name="actor" label="Actor" value={values.actor} error={errors.actor} options={plain(options.actors)} />
      <Picker
        name="action"
        label="Action"
        value={values.action}
        error={errors.action}
        options={plain(options.actions)}
      />
      <Picker
        name="entityType"
        label="Entity type"
        value={values.entityType}
        error={errors.entityType}
        options={plain(options.entityTypes)}
      />
      {(
        [
          ["from", "From (date or ISO time)"],
          ["to", "To (date or ISO time)"],
        ] as const
      ).map(([name, label]) => (
        <label key={name} className="flex min-w-0 flex-col gap-1">
          <span className="font-medium text-slate-700">{label}</span>
          <input
            name={name}
            placeholder="2026-11-01"
            defaultValue={values[name] ?? ""}
            aria-invalid={!!errors[name]}
            className={`min-w-0 rounded-md border px-2 py-1 ${errors[name] ? "border-red-500 bg-red-50" : "border-slate-300"}`}
          />
          {errors[name] ? <span className="text-xs font-medium text-red-700">{errors[name]}</span> : null}
        </label>
      ))}
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700"
        >
          Filter
        </button>
        <a href="/audit" className="text-slate-600 hover:underline">
          Clear
        </a>
      </div>
    </form>
  );
}
