import { z } from "zod";
import { ZExpectedVersion } from "@/lib/schemas/instant";
import { ZIsoTime } from "@/lib/schemas/json";
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

/** `?version=` is the webhook's version the caller saw; without it the delete is unconditional. */
export const ZDeleteWebhookQuery = z.object({
  version: z.coerce.number({ error: "The version must be a whole number" }).pipe(ZExpectedVersion).optional(),
});
/** A webhook as the API returns it (never its secret). */
export const ZWebhookRecord = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  laneSlugs: z.array(z.string()),
  events: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: ZIsoTime,
});
export type TWebhookRecord = z.infer<typeof ZWebhookRecord>;

/** A created webhook: `secret` signs its deliveries and is shown this once. */
export const ZWebhookCreated = ZWebhookRecord.extend({ secret: z.string() });

export const ZWebhookDelivery = z.object({
  id: z.string(),
  webhookId: z.string(),
  url: z.string(),
  event: z.string(),
  laneSlug: z.string().nullable(),
  status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
  attempts: z.number().int(),
  nextAttemptAt: ZIsoTime,
  lastError: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  deliveredAt: ZIsoTime.nullable(),
  createdAt: ZIsoTime,
});

/** GET /api/v1/webhooks: webhooks, the lanes to pick from and the recent deliveries. */
export const ZWebhookList = z.object({
  lanes: z.array(z.object({ slug: z.string(), name: z.string() })),
  webhooks: z.array(ZWebhookRecord),
  deliveries: z.array(ZWebhookDelivery),
});
export type TWebhookList = z.infer<typeof ZWebhookList>;
