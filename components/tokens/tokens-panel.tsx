"use client";

import { useState } from "react";
import { ApiError } from "@/lib/client/api";
import { useApiTokens } from "@/lib/client/use-api-tokens";
import { useCreateApiToken } from "@/lib/client/use-create-api-token";
import { useRevokeApiToken } from "@/lib/client/use-revoke-api-token";

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC"
    : "never";

/** Create (shown once), list and revoke CI tokens for one lane, or for all lanes when `laneSlug` is null. */
export function TokensPanel({ laneSlug }: { laneSlug: string | null }) {
  const tokens = useApiTokens(laneSlug);
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const fieldError =
    create.error instanceof ApiError ? (create.error.fieldErrors().name ?? create.error.message) : null;

  return (
    <div className="space-y-3 text-sm">
      {secret ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="font-medium text-amber-900">Copy the token for {secret.name} now: it is not shown again.</p>
          <code
            data-testid="new-token"
            className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900"
          >
            {secret.token}
          </code>
          <p className="mt-1 text-xs text-amber-800">
            Send it as <code>Authorization: Bearer …</code>.
          </p>
        </div>
      ) : null}
      <form
        className="flex items-start gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { name, lane: laneSlug },
            { onSuccess: (t) => (setSecret({ name: t.name, token: t.token }), setName("")) },
          );
        }}
      >
        <div className="flex-1">
          <label htmlFor={`token-name-${laneSlug ?? "all"}`} className="sr-only">
            Token name
          </label>
          <input
            id={`token-name-${laneSlug ?? "all"}`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Pipeline name, e.g. github-actions"
            aria-invalid={!!fieldError}
            aria-describedby={fieldError ? "token-name-error" : undefined}
            className="w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
          {fieldError ? (
            <p id="token-name-error" className="mt-1 text-xs text-red-700">
              {fieldError}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          disabled={create.isPending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          Create token
        </button>
      </form>
      {tokens.isError ? <p className="text-red-700">Could not load the tokens: {tokens.error.message}</p> : null}
      {tokens.data?.length === 0 ? <p className="text-slate-500">No tokens yet.</p> : null}
      <p className="text-xs text-slate-500" data-testid="token-policy">
        {laneSlug
          ? "A token belongs to this lane, not to the person who created it: it keeps working when they stop owning the lane. Any current owner of this lane or a platform lead can revoke it."
          : "All-lane tokens belong to the organisation: they keep working when their creator changes role. Any platform lead can revoke them."}{" "}
        A token stops working while its creator is deactivated.
      </p>
      <ul className="divide-y divide-slate-100">
        {tokens.data?.map((t) => (
          <li key={t.id} className="flex items-center justify-between gap-3 py-2" data-testid="token-row">
            <div>
              <div className="font-medium text-slate-800">
                {t.name} <code className="ml-1 text-xs text-slate-500">{t.prefix}…</code>
              </div>
              <div className="text-xs text-slate-500">
                by {t.createdBy.name}
                {t.createdBy.deactivated ? (
                  <span className="text-red-700"> (deactivated: this token no longer works)</span>
                ) : !t.createdBy.hasRights ? (
                  <span className="text-amber-800" data-testid="creator-without-rights">
                    {" "}
                    ({laneSlug ? "no longer an owner of this lane" : "no longer a platform lead"}: rotate the token if
                    they should lose access)
                  </span>
                ) : null}{" "}
                · last used {when(t.lastUsedAt)}
                {t.revokedAt ? ` · revoked ${when(t.revokedAt)}` : ""}
              </div>
            </div>
            {t.revokedAt ? (
              <span className="text-xs font-medium text-slate-500">Revoked</span>
            ) : (
              <button
                type="button"
                onClick={() => revoke.mutate(t.id)}
                disabled={revoke.isPending}
                aria-label={`Revoke ${t.name}`}
                className="rounded-md border border-red-300 px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-50"
              >
                Revoke
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
