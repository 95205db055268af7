"use client";

import { useState } from "react";
import { ZApiTokenCreated, ZApiTokenRecord, ZCreateApiToken } from "@/lib/schemas/people";
import { useApiForm } from "@/lib/client/use-api-form";
import { useApiTokens } from "@/lib/client/use-api-tokens";
import { useApiWrite } from "@/lib/client/use-api-write";
import { InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC"
    : "never";

/** Create (shown once), list and revoke CI tokens for one lane, or for all lanes when `laneSlug` is null. */
export function TokensPanel({ laneSlug }: { laneSlug: string | null }) {
  const tokens = useApiTokens(laneSlug);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const kit = useApiForm({
    schema: ZCreateApiToken,
    defaultValues: { name: "", lane: laneSlug },
    path: "/api/v1/tokens",
    response: ZApiTokenCreated,
    success: (created) => `Token ${created.name} created: copy it now.`,
    onSuccess: (created) => {
      setSecret({ name: created.name, token: created.token });
      kit.form.reset({ name: "", lane: laneSlug });
    },
  });
  const revoke = useApiWrite({
    method: "DELETE",
    response: ZApiTokenRecord,
    success: (token) => `Token ${token.name} revoked: pipelines using it are refused from now on.`,
    onSuccess: () => setConfirming(null),
  });
  // Revoking is immediate and cannot be undone: the row asks once more, saying so.
  const [confirming, setConfirming] = useState<string | null>(null);

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
      <form className="space-y-2" noValidate aria-label="Create a token" onSubmit={kit.submit}>
        <div className="flex items-start gap-2">
          <div className="flex-1">
            <InputField
              label="Token name"
              hideLabel
              placeholder="Pipeline name, e.g. github-actions"
              {...kit.field("name")}
            />
          </div>
          <div className="mt-1">
            <SubmitButton pending={kit.pending}>Create token</SubmitButton>
          </div>
        </div>
        <ProblemAlert {...kit.alert} />
      </form>
      {tokens.isError ? <ProblemAlert error={tokens.error} /> : null}
      {tokens.data?.length === 0 ? <p className="text-slate-500">No tokens yet.</p> : null}
      <ProblemAlert error={revoke.error} />
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
            ) : confirming === t.id ? (
              <div
                className="flex flex-wrap items-center justify-end gap-2"
                role="group"
                aria-label={`Confirm revoking ${t.name}`}
              >
                <span className="text-xs text-red-800">
                  Pipelines using it are refused at once; this cannot be undone.
                </span>
                <button
                  type="button"
                  onClick={() => revoke.write(`/api/v1/tokens/${encodeURIComponent(t.id)}`, undefined)}
                  disabled={revoke.isPending}
                  className="rounded-md bg-red-600 px-2 py-1 text-xs font-medium text-white hover:bg-red-700 disabled:opacity-50"
                >
                  Revoke {t.name} now
                </button>
                <button
                  type="button"
                  onClick={() => setConfirming(null)}
                  className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50"
                >
                  Keep it
                </button>
              </div>
            ) : (
              <button
                type="button"
                onClick={() => setConfirming(t.id)}
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
