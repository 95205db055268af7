/**
 * Whether a recovery (of a regression, or a rollback drill's) is over the lane's recovery limit.
 * Exactly the limit passes; a regression that has not recovered (null) is slow.
 */
export function isRecoverySlow({ seconds, limitSeconds }: { seconds: number | null; limitSeconds: number }) {
  return seconds === null || seconds > limitSeconds;
}
