/**
 * A GET form that keeps the sort in the URL (a shared link shows the same order): one select and
 * an Apply button. Works without JavaScript.
 */
export function SortForm<K extends string>({
  id,
  label,
  formLabel,
  value,
  keys,
  labels,
}: {
  id: string;
  label: string;
  /** The form's accessible name. */
  formLabel: string;
  value: K;
  keys: readonly K[];
  labels: Record<K, string>;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 text-sm" aria-label={formLabel}>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {label}
        </label>
        <select
          id={id}
          name="sort"
          defaultValue={value}
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        >
          {keys.map((k) => (
            <option key={k} value={k}>
              {labels[k]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
        Apply
      </button>
    </form>
  );
}
