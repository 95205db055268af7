import { ApiError } from "@/lib/client/api";

export interface StaleField {
  key: string;
  label: string;
  /** The value the user saw when the form opened, as displayed. */
  seen: string;
  format?: (value: unknown) => string;
}

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : String(value));

/**
 * A refusal from the API as the user should read it: the rule that refused, how to satisfy it,
 * and for a stale save what changed meanwhile (the user's input stays in the form).
 */
export function ProblemAlert({ error, staleFields = [] }: { error: unknown; staleFields?: readonly StaleField[] }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
        The request did not reach Lanegate. Check your connection and try again.
      </div>
    );
  }
  // Plain field validation is shown next to the fields; an alert would only repeat it.
  if (error.code === "INVALID_BODY") return null;
  const current =
    error.code === "STALE_VERSION" && typeof error.body.current === "object" && error.body.current !== null
      ? (error.body.current as Record<string, unknown>)
      : null;
  const changes = current
    ? staleFields.map((f) => ({ ...f, now: (f.format ?? show)(current[f.key]) })).filter((f) => f.now !== f.seen)
    : [];
  return (
    <div
      role="alert"
      data-code={error.code}
      className="space-y-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
    >
      <p className="font-medium">{error.message}</p>
      {error.fix ? <p>{error.fix}</p> : null}
      {current ? (
        changes.length ? (
          <ul className="list-disc pl-5 text-xs">
            {changes.map((c) => (
              <li key={c.key}>
                {c.label}: was {c.seen}, now <strong>{c.now}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs">
            Only the record&apos;s version changed; saving again applies your input to the current record.
          </p>
        )
      ) : null}
      <p className="text-xs text-red-700">code {error.code}</p>
    </div>
  );
}
