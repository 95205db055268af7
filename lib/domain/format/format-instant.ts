const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * "12 Nov 2026, 14:03 UTC". Always UTC and built by hand rather than with
 * toLocaleString, so server, browser and tests render the same sentence whatever
 * the host's time zone or ICU data.
 */
export function formatInstant(date: Date): string {
  if (Number.isNaN(date.getTime())) return "an unknown time";
  const month = MONTHS[date.getUTCMonth()] ?? "";
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}, ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())} UTC`;
}
