/**
 * Next calls register() once when a server process starts. The webhook worker and the readiness
 * scheduler (time-driven re-evaluation) run here, in the Node.js runtime of `next start`/`next dev`
 * only: never in the edge runtime, and never while
 * `next build` collects page data (NEXT_PHASE is set then). So does the hook that records each
 * request's connection address (sign-in rate limits; lib/server/net/peer-address.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installPeerAddressHeader } = await import("@/lib/server/net/peer-address");
  installPeerAddressHeader();
  const { startWebhookWorker } = await import("@/lib/server/webhooks/start-webhook-worker");
  startWebhookWorker();
  const { startReadinessScheduler } = await import("@/lib/server/readiness/start-readiness-scheduler");
  startReadinessScheduler();
}
