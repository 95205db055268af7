"use client";

import { useState, type FormEvent } from "react";
import { ApiError } from "@/lib/client/api";
import { useCreateWebhook } from "@/lib/client/use-create-webhook";
import { WEBHOOK_EVENT_OPTIONS, ZCreateWebhook } from "@/lib/schemas/webhook";
import { zodFieldErrors } from "@/lib/client/zod-field-errors";

/** Adds a webhook; the signing secret is shown once, right after creation. */
export function WebhookForm({ lanes }: { lanes: { slug: string; name: string }[] }) {
  const create = useCreateWebhook();
  const [allLanes, setAllLanes] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      url: String(form.get("url") ?? ""),
      description: String(form.get("description") ?? "") || undefined,
      laneSlugs: allLanes ? [] : form.getAll("laneSlugs").map(String),
      events: form.getAll("events").map(String),
    };
    const parsed = ZCreateWebhook.safeParse(input);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    if (!allLanes && parsed.data.laneSlugs.length === 0)
      return setErrors({ laneSlugs: "Pick at least one lane, or choose all lanes" });
    setErrors({});
    try {
      const created = await create.mutateAsync(parsed.data);
      setSecret({ url: created.url, secret: created.secret });
      event.currentTarget?.reset();
    } catch (error) {
      setErrors(
        error instanceof ApiError
          ? { ...error.fieldErrors(), form: error.message }
          : { form: "The webhook could not be saved. Try again." },
      );
    }
  }

  const err = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="text-xs text-red-700">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 text-sm" aria-label="Add a webhook">
      <label className="block space-y-1">
        <span className="font-medium text-slate-700">Receiver URL</span>
        <input
          name="url"
          type="url"
          required
          placeholder="https://hooks.slack.com/services/…"
          aria-invalid={!!errors.url}
          aria-describedby={errors.url ? "url-error" : undefined}
          className="w-full rounded-md border border-slate-300 px-2 py-1"
        />
        {err("url")}
      </label>
      <label className="block space-y-1">
        <span className="font-medium text-slate-700">Description (optional)</span>
        <input name="description" maxLength={200} className="w-full rounded-md border border-slate-300 px-2 py-1" />
        {err("description")}
      </label>
      <fieldset className="space-y-1" aria-describedby={errors.events ? "events-error" : undefined}>
        <legend className="font-medium text-slate-700">Events</legend>
        {WEBHOOK_EVENT_OPTIONS.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name="events" value={o.value} defaultChecked={o.value !== "decision.recorded"} />{" "}
            {o.label}
          </label>
        ))}
        {err("events")}
      </fieldset>
      <fieldset className="space-y-1" aria-describedby={errors.laneSlugs ? "laneSlugs-error" : undefined}>
        <legend className="font-medium text-slate-700">Lanes</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={allLanes} onChange={(e) => setAllLanes(e.target.checked)} /> All lanes,
          including future ones
        </label>
        {!allLanes ? (
          <div className="grid gap-1 pl-5 sm:grid-cols-2">
            {lanes.map((l) => (
              <label key={l.slug} className="flex items-center gap-2">
                <input type="checkbox" name="laneSlugs" value={l.slug} /> {l.name}
              </label>
            ))}
          </div>
        ) : null}
        {err("laneSlugs")}
      </fieldset>
      {errors.form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={create.isPending}
        className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
      >
        {create.isPending ? "Saving…" : "Add webhook"}
      </button>
      {secret ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="font-medium text-amber-900">
            Signing secret for {secret.url} — copy it now, it is not shown again:
          </p>
          <code className="mt-1 block break-all font-mono text-xs" data-secret>
            {secret.secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}
