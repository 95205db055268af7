/**
 * The trends' date range as a plain GET form: `from` and `to` go into the URL (the other
 * parameters of the page are kept), so a range can be shared as a link.
 */
export function TrendRangeForm({ from, to, keep }: { from: string; to: string; keep: URLSearchParams }) {
  const others = [...keep.entries()].filter(([k]) => k !== "from" && k !== "to");
  return (
    <form method="get" aria-label="Trend date range" className="flex flex-wrap items-end gap-2 text-xs">
      {others.map(([k, v]) => (
        <input key={`${k}=${v}`} type="hidden" name={k} value={v} />
      ))}
      <label className="flex flex-col gap-0.5">
        <span className="font-medium text-slate-700">From</span>
        <input type="date" name="from" defaultValue={from} className="rounded-md border border-slate-300 px-1.5 py-1" />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="font-medium text-slate-700">To</span>
        <input type="date" name="to" defaultValue={to} className="rounded-md border border-slate-300 px-1.5 py-1" />
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 font-medium hover:bg-slate-50"
      >
        Show
      </button>
      {from || to ? (
        <a
          href={`?${new URLSearchParams(others).toString()}#trends-title`}
          className="px-1 py-1 text-indigo-700 hover:underline"
        >
          All time
        </a>
      ) : null}
    </form>
  );
}
