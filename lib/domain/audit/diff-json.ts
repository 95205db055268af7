/** One changed field between an audit event's before and after (top-level keys). */
export interface FieldChange {
  key: string;
  before: unknown;
  after: unknown;
  kind: "added" | "removed" | "changed";
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * The fields that differ between before and after, in after's key order then before's. Values
 * that are not objects compare as a single "value" field. Bookkeeping keys (updatedAt) are skipped.
 */
export function diffJson(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before) ?? (before === null || before === undefined ? {} : { value: before });
  const a = asRecord(after) ?? (after === null || after === undefined ? {} : { value: after });
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "updatedAt");
  const out: FieldChange[] = [];
  for (const key of keys) {
    const inA = key in a;
    const inB = key in b;
    if (inA && inB && same(a[key], b[key])) continue;
    out.push({ key, before: b[key], after: a[key], kind: !inB ? "added" : !inA ? "removed" : "changed" });
  }
  return out;
}
