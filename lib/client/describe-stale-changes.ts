export interface StaleField {
  key: string;
  label: string;
  /** How the value reads on the page; plain text by default. */
  format?: (value: unknown) => string;
}

export interface StaleChange {
  key: string;
  label: string;
  was: string;
  now: string;
}

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : String(value));

/**
 * What changed in a record since the user opened it: each watched field whose value as shown
 * differs between what the user saw and what a STALE_VERSION refusal says is there now.
 */
export function describeStaleChanges({
  fields,
  seen,
  current,
}: {
  fields: readonly StaleField[];
  seen: Record<string, unknown>;
  current: Record<string, unknown>;
}): StaleChange[] {
  return fields.flatMap(({ key, label, format = show }) => {
    const was = format(seen[key]);
    const now = format(current[key]);
    return was === now ? [] : [{ key, label, was, now }];
  });
}
