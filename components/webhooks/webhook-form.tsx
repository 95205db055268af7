"use client";

import { useState } from "react";
import { z } from "zod";
import { WEBHOOK_EVENT_OPTIONS, ZCreateWebhook, ZWebhookCreated } from "@/lib/schemas/webhook";
import { useApiForm } from "@/lib/client/use-api-form";
import { CheckboxField, InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

// An empty lane list means every lane to the API, so the form asks for a deliberate choice.
const ZWebhookForm = ZCreateWebhook.extend({ allLanes: z.boolean() })
  .refine((v) => v.allLanes || v.laneSlugs.length > 0, {
    path: ["laneSlugs"],
    message: "Pick at least one lane, or choose all lanes",
  })
  .transform(({ allLanes, ...webhook }) => ({ ...webhook, laneSlugs: allLanes ? [] : webhook.laneSlugs }));

const DEFAULTS = {
  url: "",
  allLanes: true,
  laneSlugs: [],
  events: WEBHOOK_EVENT_OPTIONS.filter((o) => o.value !== "decision.recorded").map((o) => o.value),
};

/** Adds a webhook; the signing secret is shown once, right after creation. */
export function WebhookForm({ lanes }: { lanes: { slug: string; name: string }[] }) {
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const kit = useApiForm({
    schema: ZWebhookForm,
    defaultValues: DEFAULTS,
    path: "/api/v1/webhooks",
    response: ZWebhookCreated,
    success: "Webhook added.",
    onSuccess: (created) => {
      setSecret({ url: created.url, secret: created.secret });
      kit.form.reset(DEFAULTS);
    },
  });
  const allLanes = kit.form.watch("allLanes");
  return (
    <form onSubmit={kit.submit} noValidate className="space-y-3 text-sm" aria-label="Add a webhook">
      <InputField
        label="Receiver URL"
        type="url"
        placeholder="https://hooks.slack.com/services/…"
        {...kit.field("url")}
      />
      <InputField label="Description (optional)" maxLength={200} {...kit.field("description", { optional: true })} />
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-700">Events</legend>
        {WEBHOOK_EVENT_OPTIONS.map((o) => (
          <CheckboxField key={o.value} label={o.label} value={o.value} {...kit.form.register("events")} />
        ))}
        {kit.errorOf("events") ? <p className="text-xs font-medium text-red-700">{kit.errorOf("events")}</p> : null}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-700">Lanes</legend>
        <CheckboxField label="All lanes, including future ones" {...kit.field("allLanes")} />
        {!allLanes ? (
          <div className="grid gap-1 pl-5 sm:grid-cols-2">
            {lanes.map((l) => (
              <CheckboxField key={l.slug} label={l.name} value={l.slug} {...kit.form.register("laneSlugs")} />
            ))}
          </div>
        ) : null}
        {kit.errorOf("laneSlugs") ? (
          <p className="text-xs font-medium text-red-700">{kit.errorOf("laneSlugs")}</p>
        ) : null}
      </fieldset>
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Add webhook</SubmitButton>
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
