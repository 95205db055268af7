import { parseMetricsList } from "./parse-metrics-list";
import { POSITIONAL_KEY, type MetricValue } from "./plan-types";
import { scanTopLevel, splitTopLevel } from "./split-top-level";

export type OperatorLine =
  | {
      ok: true;
      operator: string;
      properties: Record<string, string>;
      metrics: Record<string, MetricValue>;
      warnings: string[];
    }
  | { ok: false; error: string };

// The grammar, not a list of operators: a word (`MyVendorShuffleExec`, `vendor::ScanExec`)
// followed by `:`, `,` (`CrossJoinExec, metrics=[...]`) or the end of the line
// (`CoalescePartitionsExec`); or up to four words (`Inner Join`, `LeftSemi Join`) followed by
// `:` or `,`. Several words alone on a line are prose, not an operator.
const WORD = String.raw`[A-Za-z_$][\w$-]*(?:(?:::|\.)[A-Za-z_$][\w$-]*)*`;
const NAME_RE = new RegExp(`^(?:${WORD}(?: ${WORD}){1,3}(?=\\s*[:,])|${WORD}(?=\\s*(?::|,|$)))`);
// Other engines sometimes print `Name(...)` or `Name [..]`; accept a single word before a bracket.
const BRACKET_NAME_RE = /^[A-Za-z_$][\w$-]*(?=\s*[([{])/;
const KEY_RE = /^\s*([A-Za-z_][\w.]*)=(?!=)/;
// Inside positional text, logical plans use spaces instead of commas before some attributes:
// `TableScan: orders projection=[...]`, `Inner Join: a = b Filter: c > d`.
const INNER_KEY_RE = /\s([A-Za-z_][\w.]*)=(?!=)|\s(Filter):\s/g;

interface Entry {
  key: string;
  start: number;
  end: number;
  valueStart: number;
}

function splitPositional(rest: string, start: number, end: number): Entry[] {
  const text = rest.slice(start, end);
  const { mask } = scanTopLevel(text);
  const entries: Entry[] = [{ key: POSITIONAL_KEY, start, end, valueStart: start }];
  for (const match of text.matchAll(INNER_KEY_RE)) {
    const at = match.index + 1;
    if (mask[at] !== 1) continue;
    const previous = entries[entries.length - 1] as Entry;
    previous.end = start + match.index;
    entries.push({
      key: (match[1] ?? match[2]) as string,
      start: start + at,
      end,
      valueStart: start + match.index + match[0].length,
    });
  }
  return entries;
}

function uniqueKey(record: Record<string, unknown>, key: string): string {
  if (!(key in record)) return key;
  let n = 2;
  while (`${key}#${n}` in record) n++;
  return `${key}#${n}`;
}

export function parseOperatorLine(text: string): OperatorLine {
  const line = text.trim();
  const name = NAME_RE.exec(line)?.[0] ?? BRACKET_NAME_RE.exec(line)?.[0];
  if (!name) return { ok: false, error: `cannot read an operator name from "${line.slice(0, 60)}"` };

  let rest = line.slice(name.length).trimStart();
  if (rest.startsWith(":") || rest.startsWith(",")) rest = rest.slice(1);
  const { parts, balanced } = splitTopLevel(rest);
  const entries: Entry[] = [];
  for (const part of parts) {
    if (part.text.trim() === "" && entries.length === 0) continue;
    const kv = KEY_RE.exec(part.text);
    const last = entries[entries.length - 1];
    if (kv)
      entries.push({ key: kv[1] as string, start: part.start, end: part.end, valueStart: part.start + kv[0].length });
    // A comma-separated piece without `key=` continues the previous value: literals such as
    // `Some(30000),25,2` print their own top-level commas, and so do a Projection's expressions.
    else if (last) last.end = part.end;
    else entries.push({ key: POSITIONAL_KEY, start: part.start, end: part.end, valueStart: part.start });
  }
  const positional = entries[0]?.key === POSITIONAL_KEY ? (entries.shift() as Entry) : null;
  if (positional) entries.unshift(...splitPositional(rest, positional.start, positional.end));

  const properties: Record<string, string> = {};
  const warnings: string[] = balanced ? [] : ["brackets do not balance; the line may be truncated"];
  let metrics: Record<string, MetricValue> = {};
  entries.forEach((entry, index) => {
    const value = rest.slice(entry.valueStart, entry.end).trim();
    const isLast = index === entries.length - 1;
    if (entry.key === "metrics" && isLast) {
      const parsed = parseMetricsList(value);
      metrics = parsed.metrics;
      warnings.push(...parsed.warnings);
      return;
    }
    if (entry.key === POSITIONAL_KEY && value === "") return;
    properties[uniqueKey(properties, entry.key)] = value;
  });
  return { ok: true, operator: name.trim(), properties, metrics, warnings };
}
