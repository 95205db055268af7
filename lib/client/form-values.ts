import { datetimeLocalToIso } from "@/lib/domain/format/datetime-local-utc";

// Raw form values mapped to the shapes the shared zod schemas expect; empty inputs become
// undefined so the schema, not a coercion, decides whether they were required.

export function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const raw = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    text: (name: string) => raw(name).trim(),
    optionalText: (name: string) => raw(name).trim() || undefined,
    /** "" → undefined; anything else as a number (NaN is reported by the schema). */
    number: (name: string) => (raw(name).trim() === "" ? undefined : Number(raw(name))),
    /** A datetime-local input read as UTC. */
    instant: (name: string) => datetimeLocalToIso(raw(name)),
    checked: (name: string) => data.get(name) === "on",
  };
}
