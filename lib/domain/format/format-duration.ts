/**
 * Seconds as "45 s", "15 min", "15 min 1 s", "2 h 5 min". Seconds are dropped once
 * the duration reaches an hour: at that scale they only add noise to a sentence.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "an unknown duration";
  const sign = seconds < 0 ? "-" : "";
  const total = Math.round(Math.abs(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  if (hours > 0) return `${sign}${hours} h${minutes > 0 ? ` ${minutes} min` : ""}`;
  if (minutes > 0) return `${sign}${minutes} min${secs > 0 ? ` ${secs} s` : ""}`;
  return `${sign}${secs} s`;
}
