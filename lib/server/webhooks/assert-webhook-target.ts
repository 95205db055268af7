import "server-only";
import { getEnv } from "@/lib/env";
import { checkWebhookTarget } from "@/lib/domain/webhooks/check-webhook-target";
import { AppError } from "@/lib/server/errors";

/**
 * Refuses a webhook URL whose host is a private or special-purpose address (in any notation) or a
 * localhost name, when it is created or changed; names that resolve to one are caught at delivery.
 */
export function assertWebhookTarget(url: string, allowPrivate: boolean = getEnv().WEBHOOK_ALLOW_PRIVATE_TARGETS): void {
  const check = checkWebhookTarget(new URL(url), { allowPrivate });
  if (check.ok) return;
  throw new AppError("WEBHOOK_TARGET_NOT_ALLOWED", "Lanegate does not send webhooks to this address.", {
    fix: check.privateTarget
      ? "Use the receiver's public URL, or ask the operator to set WEBHOOK_ALLOW_PRIVATE_TARGETS=true for receivers inside your network."
      : "Use the receiver's public URL.",
    params: [{ pointer: "/url", message: check.reason }],
  });
}
