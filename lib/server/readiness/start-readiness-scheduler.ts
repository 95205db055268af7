import "server-only";
import { getDb } from "@/lib/server/db";
import { getEnv } from "@/lib/env";
import { reevaluateDueLanes } from "@/lib/server/readiness/reevaluate-due-lanes";

const globalForScheduler = globalThis as unknown as { lanegateReadinessScheduler?: NodeJS.Timeout };

/**
 * Re-evaluates lanes whose readiness changes by time alone (a window ends, a drill goes stale) in the
 * background of the app server. Started once per process from instrumentation.ts; several processes
 * are safe: each change is claimed under a row lock (reevaluate-due-lanes.ts), never an advisory lock,
 * which the embedded database does not make exclusive.
 */
export function startReadinessScheduler() {
  if (globalForScheduler.lanegateReadinessScheduler) return;
  const intervalMs = getEnv().READINESS_SCHEDULER_INTERVAL_MS;
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    reevaluateDueLanes({ db: getDb(), now: new Date() })
      .catch((error: unknown) => console.error("readiness scheduler: tick failed", error))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  globalForScheduler.lanegateReadinessScheduler = timer;
  setTimeout(tick, 1_000).unref();
}
