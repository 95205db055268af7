import "server-only";
import { getDb } from "@/lib/server/db";
import { getEnv } from "@/lib/env";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver-due-webhooks";

const POLL_MS = 5_000;
const globalForWorker = globalThis as unknown as { lanegateWebhookWorker?: NodeJS.Timeout };

/**
 * Polls the outbox in the background of the app server, so a user's request never waits for a
 * receiver. Started once per process from instrumentation.ts unless WEBHOOK_WORKER=false; several
 * processes are safe (SKIP LOCKED).
 */
export function startWebhookWorker() {
  if (globalForWorker.lanegateWebhookWorker || !getEnv().WEBHOOK_WORKER) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueWebhooks({ db: getDb(), now: new Date() })
      .catch((error: unknown) => console.error("webhook worker: poll failed", error))
      .finally(() => {
        running = false;
      });
  }, POLL_MS);
  timer.unref();
  globalForWorker.lanegateWebhookWorker = timer;
}
