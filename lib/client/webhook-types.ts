// The /api/v1/webhooks answer as the browser receives it (dates are ISO strings).
export interface WebhookView {
  id: string;
  url: string;
  description: string | null;
  laneSlugs: string[];
  events: string[];
  active: boolean;
  version: number;
  createdAt: string;
}

export interface DeliveryView {
  id: string;
  webhookId: string;
  url: string;
  event: string;
  laneSlug: string | null;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  lastStatusCode: number | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface WebhookListView {
  lanes: { slug: string; name: string }[];
  webhooks: WebhookView[];
  deliveries: DeliveryView[];
}
