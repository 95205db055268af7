import { z } from "zod";
import { ZExpectedVersion } from "@/lib/schemas/instant";
import { ZSlug } from "@/lib/schemas/params";

export const WEBHOOK_EVENT_OPTIONS = [
  { value: "verdict.changed", label: "Verdict changes (READY, HOLD, STOP)" },
  { value: "stop.breached", label: "Stop condition breached (verdict becomes STOP)" },
  { value: "decision.recorded", label: "Expansion decision recorded" },
] as const;

export const ZWebhookEvent = z.enum(["verdict.changed", "stop.breached", "decision.recorded"]);

const ZWebhookUrl = z
  .string()
  .trim()
  .max(2000, "A URL has at most 2,000 characters")
  .pipe(z.url({ protocol: /^https?$/, error: "Enter an http(s) URL, e.g. https://hooks.slack.com/services/…" }));

const ZFields = {
  url: ZWebhookUrl,
  description: z.string().trim().max(200, "A description has at most 200 characters").optional(),
  /** Empty: every lane, including lanes created later. */
  laneSlugs: z.array(ZSlug).max(100).default([]),
  events: z.array(ZWebhookEvent).min(1, "Pick at least one event").max(3),
};

export const ZCreateWebhook = z.object(ZFields);
export type TCreateWebhook = z.infer<typeof ZCreateWebhook>;

export const ZUpdateWebhook = z.object({
  version: ZExpectedVersion,
  url: ZFields.url.optional(),
  description: ZFields.description,
  laneSlugs: z.array(ZSlug).max(100).optional(),
  events: ZFields.events.optional(),
  active: z.boolean().optional(),
});
export type TUpdateWebhook = z.infer<typeof ZUpdateWebhook>;

export const ZWebhookParams = z.object({ id: z.string().min(1).max(64) });

/** `?version=` is the webhook's version the caller saw; without it the delete is unconditional. */
export const ZDeleteWebhookQuery = z.object({
  version: z.coerce.number({ error: "The version must be a whole number" }).pipe(ZExpectedVersion).optional(),
});
