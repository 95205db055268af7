"use client";

import type { ApiError } from "@/lib/client/api";

const show = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v);

/**
 * A refusal the user can act on: the rule (title), its code and how to satisfy it (fix). A stale
 * save also shows, field by field, what the record holds now against what the user typed, whose
 * input stays in the form.
 */
export function ProblemAlert({ error, mine }: { error: ApiError | null; mine?: Record<string, unknown> }) {
  if (!error) return null;
  const current =
    error.code === "STALE_VERSION" && typeof error.body.current === "object" && error.body.current
      ? (error.body.current as Record<string, unknown>)
      : null;
  const changed =
    current && mine
      ? Object.keys(current).filter((k) => k !== "version" && k in mine && show(current[k]) !== show(mine[k]))
      : [];
  if (error.invalidParams.length > 0 && !current && error.status === 400) {
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
        {error.message} See the highlighted fields.
        {error.invalidParams.some((p) => p.pointer.startsWith("/params") || p.pointer.startsWith("/query")) ? (
          <ul className="mt-1 list-disc pl-5 text-xs">
            {error.invalidParams.map((p) => (
              <li key={p.pointer}>
                {p.pointer}: {p.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return (
    <div
      role="alert"
      data-code={error.code}
      className="space-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
    >
      <p className="font-medium">{error.message}</p>
      {error.fix ? (
        <p>
          <span className="font-medium">How to fix: </span>
          {error.fix}
        </p>
      ) : null}
      <p className="text-xs opacity-70">Rule: {error.code}</p>
      {current ? (
        <table className="mt-2 w-full text-xs">
          <caption className="text-left font-medium">What changed (your input is kept in the form)</caption>
          <thead>
            <tr className="text-left">
              <th className="pr-2">Field</th>
              <th className="pr-2">Saved now</th>
              <th>Yours</th>
            </tr>
          </thead>
          <tbody>
            {(changed.length ? changed : Object.keys(current).filter((k) => k !== "version")).map((k) => (
              <tr key={k}>
                <td className="pr-2 font-mono">{k}</td>
                <td className="pr-2">{show(current[k])}</td>
                <td>{mine ? show(mine[k]) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
