/**
 * Reads one tree box's text as DataFusion's TreeRenderVisitor writes it: the operator name, a
 * `--------------------` separator, then one entry per attribute in key order:
 * - `key: value` when it fits on one line;
 * - `key:` alone, then the value word-wrapped over the next lines (until an empty line);
 * - `key` alone when the value is empty;
 * - `...` where DataFusion cut a box longer than its line limit.
 * Wrapping splits before a non-alphanumeric character, and centring trims it when it is a
 * space, so a continuation line starting with a letter or digit is re-joined with a space and
 * one starting with punctuation (`(bonus@2 AS ...`) without.
 */
export function readTreeBox(content: string[]): {
  operator: string | null;
  properties: Record<string, string>;
  truncated: boolean;
} {
  const lines = content.map((l) => l.trim());
  const nameIndex = lines.findIndex((l) => l !== "");
  if (nameIndex < 0) return { operator: null, properties: {}, truncated: false };
  const properties: Record<string, string> = {};
  let truncated = false;
  const put = (key: string, value: string) => {
    let unique = key;
    for (let n = 2; unique in properties; n++) unique = `${key}#${n}`;
    properties[unique] = value;
  };
  let open: { key: string; value: string } | null = null;
  const close = () => {
    if (open) put(open.key, open.value);
    open = null;
  };

  for (const line of lines.slice(nameIndex + 1)) {
    if (line === "") {
      close();
    } else if (line === "...") {
      truncated = true;
    } else if (open) {
      const current: { key: string; value: string } = open;
      current.value = current.value === "" ? line : `${current.value}${/^\w/.test(line) ? " " : ""}${line}`;
    } else if (/^-{3,}$/.test(line)) {
      continue;
    } else if (line.endsWith(":")) {
      open = { key: line.slice(0, -1).trim(), value: "" };
    } else {
      const colon = line.indexOf(": ");
      if (colon > 0) put(line.slice(0, colon).trim(), line.slice(colon + 2).trim());
      else put(line, "");
    }
  }
  close();
  return { operator: lines[nameIndex] as string, properties, truncated };
}
