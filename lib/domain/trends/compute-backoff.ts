/** Attempts before a delivery is given up (FAILED): about 9 hours of retries in all. */
export const MAX_DELIVERY_ATTEMPTS = 8;
const BASE_MS = 30_000;
const CAP_MS = 4 * 3_600_000;

/**
 * Delay before the next attempt after `attempts` failed ones: 30 s doubling per attempt, capped
 * at 4 h, with ±20% jitter so receivers that come back do not get every retry at once.
 * `random` is in [0, 1) (Math.random in production, fixed in tests).
 */
export function computeBackoffMs({ attempts, random }: { attempts: number; random: number }): number {
  const base = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}
