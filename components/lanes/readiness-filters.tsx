"use client";

import { useEffect, useState } from "react";
import { STAGES, type Verdict } from "@/lib/domain/readiness/types";
import type { TOverviewQuery } from "@/lib/schemas/readiness";

const VERDICTS: Verdict[] = ["READY", "HOLD", "STOP"];
const SORTS: { key: TOverviewQuery["sort"]; label: string }[] = [
  { key: "verdict", label: "Verdict (STOP first)" },
  { key: "name", label: "Lane name" },
  { key: "streak", label: "Streak" },
  { key: "stage", label: "Stage" },
];
const field = "rounded-md border border-slate-300 bg-white px-2 py-1";

/** Text typed into a filter box reaches the URL (and the server) after a short pause. */
function useDebounced(value: string, onSettle: (v: string) => void, ms = 300) {
  useEffect(() => {
    const timer = setTimeout(() => onSettle(value), ms);
    return () => clearTimeout(timer);
    // onSettle changes identity every render; only a new value should restart the wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, ms]);
}

function TextFilter({
  label,
  value,
  placeholder,
  onSettle,
}: {
  label: string;
  value: string;
  placeholder: string;
  onSettle: (v: string) => void;
}) {
  const [text, setText] = useState(value);
  // The address changed under the box (Back, a link to /): show what it asks for now. While the
  // person types, the value only catches up with the text, so nothing they typed is overwritten.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }
  useDebounced(text, (v) => {
    if (v.trim() !== value) onSettle(v.trim());
  });
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-medium text-slate-700">{label}</span>
      <input
        type="search"
        className={`${field} w-full sm:w-44`}
        value={text}
        placeholder={placeholder}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
      />
    </label>
  );
}

/** Filters and sort of the readiness overview; every change lands in the URL and goes to the server. */
export function ReadinessFilters({
  query,
  counts,
  total,
  laneCount,
  onChange,
}: {
  query: TOverviewQuery;
  counts: Record<Verdict, number>;
  total: number;
  laneCount: number;
  onChange: (patch: Partial<TOverviewQuery>) => void;
}) {
  return (
    <div className="grid grid-cols-2 items-end gap-3 text-sm sm:flex sm:flex-wrap sm:gap-4">
      <label className="flex min-w-0 flex-col gap-1">
        <span className="font-medium text-slate-700">Verdict</span>
        <select
          className={field}
          value={query.verdict ?? ""}
          onChange={(e) => onChange({ verdict: VERDICTS.find((v) => v === e.target.value) })}
        >
          <option value="">All verdicts</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {v} ({counts[v]})
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1">
        <span className="font-medium text-slate-700">Stage</span>
        <select
          className={field}
          value={query.stage ?? ""}
          onChange={(e) => onChange({ stage: STAGES.find((s) => s === e.target.value) })}
        >
          <option value="">All stages</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {s.charAt(0) + s.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <TextFilter
        label="Search"
        value={query.q ?? ""}
        placeholder="Lane name or slug"
        onSettle={(q) => onChange({ q: q || undefined })}
      />
      <TextFilter
        label="Team"
        value={query.team ?? ""}
        placeholder="Owning team"
        onSettle={(team) => onChange({ team: team || undefined })}
      />
      <label className="flex min-w-0 flex-col gap-1">
        <span className="font-medium text-slate-700">Sort by</span>
        <select
          className={field}
          value={query.sort}
          onChange={(e) => onChange({ sort: SORTS.find((s) => s.key === e.target.value)?.key ?? "verdict" })}
        >
          {SORTS.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1">
        <span className="font-medium text-slate-700">Order</span>
        <select
          className={field}
          value={query.order}
          onChange={(e) => onChange({ order: e.target.value === "desc" ? "desc" : "asc" })}
        >
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <p className="col-span-2 text-slate-500 sm:ml-auto" aria-live="polite">
        {total} of {laneCount} lanes
      </p>
    </div>
  );
}
