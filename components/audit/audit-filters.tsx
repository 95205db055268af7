const FIELDS = [
  { name: "lane", label: "Lane (slug)" },
  { name: "actor", label: "Actor" },
  { name: "entityType", label: "Entity type" },
  { name: "action", label: "Action" },
  { name: "from", label: "From (date or ISO time)" },
  { name: "to", label: "To (date or ISO time)" },
] as const;

/** A plain GET form: the filters live in the URL, so a filtered view can be shared. */
export function AuditFilters({
  values,
  errors,
}: {
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
}) {
  return (
    <form
      method="get"
      aria-label="Audit filters"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-7"
    >
      {FIELDS.map((f) => (
        <label key={f.name} className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">{f.label}</span>
          <input
            name={f.name}
            defaultValue={values[f.name] ?? ""}
            aria-invalid={!!errors[f.name]}
            className={`rounded-md border px-2 py-1 ${errors[f.name] ? "border-red-500 bg-red-50" : "border-slate-300"}`}
          />
          {errors[f.name] ? <span className="text-xs font-medium text-red-700">{errors[f.name]}</span> : null}
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
