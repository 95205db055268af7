import { parseMetricValue } from "./parse-metric-value";
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

// The grammar, not a list of operators: a word (`MyVendorShuffleExec`, `vendor::ScanExec`,
// `LanceRead`) followed by `:`, `,` (`CrossJoinExec, metrics=[...]`), the end of the line
// (`CoalescePartitionsExec`) or directly by an attribute (`AnalyzeExec verbose=true, ...`,
// docs/plan-formats.md, hazard 16); or up to four words (`Inner Join`, `LeftSemi Join`) followed
// by `:` or `,`. Several words alone on a line are prose, not an operator.
const WORD = String.raw`[A-Za-z_$][\w$-]*(?:(?:::|\.)[A-Za-z_$][\w$-]*)*`;
const NAME_RE = new RegExp(
  `^(?:${WORD}(?: ${WORD}){1,3}(?=\\s*[:,])|${WORD}(?=\\s*(?::|,|$))|${WORD}(?=\\s+[A-Za-z_][\\w.]*=(?!=)))`,
);
// Other engines sometimes print `Name(...)` or `Name [..]`; accept a single word before a bracket.
const BRACKET_NAME_RE = /^[A-Za-z_$][\w$-]*(?=\s*[([{])/;
const KEY_RE = /^\s*([A-Za-z_][\w.]*)=(?!=)/;
// Inside positional text, logical plans use spaces instead of commas before some attributes:
// `TableScan: orders projection=[...]`, `Inner Join: a = b Filter: c > d`.
const INNER_KEY_RE = /\s([A-Za-z_][\w.]*)=(?!=)|\s(Filter):\s/g;

/**
 * Timings EXPLAIN ANALYZE adds beside `metrics=[...]`: DataFusion 50 appends `cumulative_cpu=`
 * after the metrics, DataFusion 54 engines print `elapsed=` first (hazard 17). They are metrics,
 * never attributes of the plan.
 */
const TIMING_KEYS = new Set(["elapsed", "cumulative_cpu"]);
const DURATION_RE = /^-?\d+(?:\.\d+)?(?:ns|µs|μs|us|ms|s|m|h)$/;

/** A value that cannot continue past a comma: a number with a unit, a word, a bracketed or quoted group. */
const CLOSED_VALUE_RE =
  /^(?:-?\d+(?:\.\d+)?(?:\s?[A-Za-zµμ%]+)?|\[.*\]|\{.*\}|\(.*\)|"[^"]*"|[A-Za-z_][\w.:]*(?:\(.*\))?)$/;
/** Positional text that reads as an expression ending in a literal (`note@0 = alpha`, `a > 5`). */
const EXPRESSION_RE = /@\d|\s(?:=|!=|<>|<|>|<=|>=|LIKE|ILIKE|IN)\s/;
/**
 * Attributes DataFusion prints after an operator's leading expression. Any other `, word=` right
 * after an expression may be text inside an unquoted string literal (hazard 18).
 */
const KNOWN_AFTER_EXPRESSION = new Set([
  "projection",
  "fetch",
  "skip",
  "metrics",
  "elapsed",
  "cumulative_cpu",
  "expr",
  "filter",
  "predicate",
  "mode",
  "gby",
  "aggr",
  "ordering_mode",
  "preserve_order",
  "preserve_partitioning",
  "sort_exprs",
  "partitioning",
  "input_partitions",
  "on",
  "join_type",
  "limit",
  "statistics",
  "schema",
  "default_selectivity",
  "selectivity",
  "partial_filters",
  "full_filters",
  "sort_order",
  "output_ordering",
]);

interface Entry {
  key: string;
  start: number;
  end: number;
  valueStart: number;
}

function splitPositional(rest: string, start: number, end: number, kept: Set<number>): Entry[] {
  const text = rest.slice(start, end);
  const { mask } = scanTopLevel(text);
  const entries: Entry[] = [{ key: POSITIONAL_KEY, start, end, valueStart: start }];
  for (const match of text.matchAll(INNER_KEY_RE)) {
    const at = match.index + 1;
    // Text read as part of the expression (an unquoted literal) stays there.
    if (mask[at] !== 1 || kept.has(start + at)) continue;
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

const isPositional = (entry: Entry | undefined) => entry?.key === POSITIONAL_KEY;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * Splits `rest` (the text after the operator name) into attributes at top-level commas. A piece
 * without `key=` either continues the value before it (a decimal literal `Some(30000),25,2`, a
 * logical Projection's expression list) or, after a closed value such as `elapsed=1.2ms`, starts
 * an attribute of its own (`_distance@3 IS NOT NULL`, `TopK(fetch=5)`: hazard 17).
 */
function readEntries(rest: string, warnings: string[]): Entry[] {
  const { parts } = splitTopLevel(rest);
  const entries: Entry[] = [];
  const kept = new Set<number>();
  const valueOf = (entry: Entry) => rest.slice(entry.valueStart, entry.end).trim();
  for (const part of parts) {
    const text = part.text.trim();
    if (text === "" && entries.length === 0) continue;
    const last = entries[entries.length - 1];
    const kv = KEY_RE.exec(part.text);
    if (kv) {
      const key = kv[1] as string;
      const valueStart = part.start + kv[0].length;
      if (last && isPositional(last) && !KNOWN_AFTER_EXPRESSION.has(key) && EXPRESSION_RE.test(valueOf(last))) {
        const value = rest.slice(valueStart, part.end).trim();
        if (!CLOSED_VALUE_RE.test(value)) {
          // `note@0 = alpha bravo shipment, priority=1 OR ...`: the rest reads as more expression.
          last.end = part.end;
          kept.add(part.start + (part.text.length - part.text.trimStart().length));
          warnings.push(
            `"${short(text)}" is read as part of the expression before it: an unquoted string literal may contain ", ${key}=" (ambiguous)`,
          );
          continue;
        }
        warnings.push(
          `"${short(text)}" is read as an attribute, but it may be the end of an unquoted string literal (ambiguous)`,
        );
      }
      entries.push({ key, start: part.start, end: part.end, valueStart });
      continue;
    }
    const startsNew =
      last !== undefined && !isPositional(last) && !/^\d/.test(text) && CLOSED_VALUE_RE.test(valueOf(last));
    if (last && !startsNew) last.end = part.end;
    else entries.push({ key: POSITIONAL_KEY, start: part.start, end: part.end, valueStart: part.start });
  }
  // Logical plans put some attributes inside the leading text, separated by spaces.
  const firstPositional = entries[0]?.key === POSITIONAL_KEY ? (entries.shift() as Entry) : null;
  if (firstPositional) entries.unshift(...splitPositional(rest, firstPositional.start, firstPositional.end, kept));
  return entries;
}

export function parseOperatorLine(text: string): OperatorLine {
  const line = text.trim();
  const name = NAME_RE.exec(line)?.[0] ?? BRACKET_NAME_RE.exec(line)?.[0];
  if (!name) return { ok: false, error: `cannot read an operator name from "${line.slice(0, 60)}"` };

  let rest = line.slice(name.length).trimStart();
  if (rest.startsWith(":") || rest.startsWith(",")) rest = rest.slice(1);
  const { balanced } = scanTopLevel(rest);
  const warnings: string[] = balanced ? [] : ["brackets do not balance; the line may be truncated"];
  const entries = readEntries(rest, warnings);

  const properties: Record<string, string> = {};
  const metrics: Record<string, MetricValue> = {};
  for (const entry of entries) {
    const value = rest.slice(entry.valueStart, entry.end).trim();
    // Metrics are wherever the engine put them (hazard 6): not always the last attribute.
    if (entry.key === "metrics" && value.startsWith("[")) {
      const parsed = parseMetricsList(value);
      for (const [key, metric] of Object.entries(parsed.metrics)) metrics[uniqueKey(metrics, key)] = metric;
      warnings.push(...parsed.warnings);
      continue;
    }
    if (TIMING_KEYS.has(entry.key) && DURATION_RE.test(value)) {
      metrics[uniqueKey(metrics, entry.key)] = parseMetricValue(entry.key, value);
      continue;
    }
    if (entry.key === POSITIONAL_KEY && value === "") continue;
    properties[uniqueKey(properties, entry.key)] = value;
  }
  return { ok: true, operator: name.trim(), properties, metrics, warnings };
}
