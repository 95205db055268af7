import type { ReactNode } from "react";
import { ApiError, type ProblemParam } from "@/lib/client/api";
import type { StaleChange } from "@/lib/client/describe-stale-changes";

// Refusals by a rule of the workflow (a gate, a stale save, something already done) name the
// rule; a sign-in failure or a missing page has nothing more to say than its sentence.
const RULE_STATUSES = new Set([409, 410, 422]);

/**
 * A refusal as the user should read it: what happened, how to fix it, and the rule's code. Field
 * problems the form shows next to its fields are not repeated; the others are listed by pointer.
 * A stale save says what changed since the form was opened; the user's input stays in the form.
 */
export function ProblemAlert({
  error,
  unmatched,
  changes = null,
}: {
  error: unknown;
  /** Field problems no field of the form shows; all of them when there is no form (row actions). */
  unmatched?: readonly ProblemParam[];
  changes?: readonly StaleChange[] | null;
}) {
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <Box code="NETWORK">
        <p className="font-medium">The request did not reach Lanegate. Check your connection and try again.</p>
      </Box>
    );
  }
  const params = unmatched ?? error.invalidParams;
  // Plain field validation is shown next to the fields; an alert would only repeat it.
  if (error.code === "INVALID_BODY" && params.length === 0) return null;
  return (
    <Box code={error.code}>
      <p className="font-medium">{error.message}</p>
      {params.length ? (
        <ul className="list-disc pl-5 text-xs">
          {params.map((p) => (
            <li key={p.pointer}>
              <code>{p.pointer}</code>: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error.fix ? (
        <p>
          <span className="font-medium">How to fix: </span>
          {error.fix}
        </p>
      ) : null}
      {changes ? (
        changes.length ? (
          <div className="text-xs">
            <p className="font-medium">Changed since you opened it (your input is kept in the form):</p>
            <ul className="list-disc pl-5">
              {changes.map((c) => (
                <li key={c.key}>
                  {c.label}: was {c.was}, now <strong>{c.now}</strong>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-xs">
            Only the record&apos;s version changed; saving again applies your input to the current record.
          </p>
        )
      ) : null}
      {RULE_STATUSES.has(error.status) ? <p className="text-xs opacity-70">Rule: {error.code}</p> : null}
    </Box>
  );
}

function Box({ code, children }: { code: string; children: ReactNode }) {
  return (
    <div
      role="alert"
      data-code={code}
      className="space-y-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
    >
      {children}
    </div>
  );
}
