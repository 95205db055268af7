// The forms use <input type="datetime-local">, which has no time zone. Lanegate shows every time
// in UTC, so the forms read and write these inputs as UTC (their labels say so) and send ISO
// strings with a Z: the server never guesses a zone.

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "2026-11-25T17:05" → "2026-11-25T17:05:00.000Z"; "" → undefined (the schema then says it is missing). */
export function datetimeLocalToIso(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  const withSeconds = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00` : trimmed;
  const date = new Date(`${withSeconds}Z`);
  // An unparsable value is passed on as typed so the schema reports it next to the field.
  return Number.isNaN(date.getTime()) ? trimmed : date.toISOString();
}

/** A Date as a datetime-local value in UTC, to prefill the forms: "2026-11-25T17:05". */
export function isoToDatetimeLocal(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
}
