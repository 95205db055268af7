/** Seconds from detection to recovery (recoveredAt - detectedAt); null while not recovered. */
export function recoverySeconds({ detectedAt, recoveredAt }: { detectedAt: Date; recoveredAt: Date | null }) {
  return recoveredAt === null ? null : (recoveredAt.getTime() - detectedAt.getTime()) / 1000;
}

/** The same in minutes to one decimal, as charts and exports show it. */
export function recoveryMinutes(regression: { detectedAt: Date; recoveredAt: Date | null }) {
  const seconds = recoverySeconds(regression);
  return seconds === null ? null : Math.round((seconds / 60) * 10) / 10;
}
