// Plain data produced by parseExplain and read by diffPlans. JSON-serialisable on purpose:
// lib/server stores the raw text and can cache or return these shapes as they are.

export type ExplainFormat = "indent" | "tree" | "verbose" | "analyze" | "pgjson" | "graphviz" | "unknown";
export type SectionKind = "logical" | "physical" | "other";
/** How one section's plan text was read. "same-as-above" = DataFusion's `SAME TEXT AS ABOVE`. */
export type SectionFormat = "indent" | "tree" | "pgjson" | "graphviz" | "same-as-above" | "text" | "empty";

/**
 * One metric of an EXPLAIN ANALYZE operator. `value` is in a base unit so two runs compare:
 * durations in nanoseconds (unit "ns"), sizes in bytes (unit "B", 1 KB = 1024 B as DataFusion
 * prints them), percentages as printed (unit "%"), counts as plain numbers (unit null, K/M/B/T
 * suffixes expanded). Values DataFusion prints as prose (pruning "4 total → 3 matched", "N/A")
 * keep value null; compare them by `raw`.
 */
export interface MetricValue {
  raw: string;
  value: number | null;
  unit: string | null;
}

export interface PlanNode {
  /** Path from the root: "0", "0.1", "0.1.0". Stable for the same text, so the UI can key on it. */
  id: string;
  operator: string;
  /**
   * Attributes in the order printed. Text before the first `key=` (a FilterExec predicate, a
   * Projection's expressions, a TableScan's table) is stored under POSITIONAL_KEY.
   */
  properties: Record<string, string>;
  /** The operator's own source text (one indent line, or a tree box's inner lines). */
  raw: string;
  /** 1-based line of the input text where this operator starts. */
  line: number;
  metrics: Record<string, MetricValue>;
  children: PlanNode[];
}

export const POSITIONAL_KEY = "args";

export interface PlanSection {
  /** The plan_type as printed: "physical_plan", "logical_plan after push_down_filter", "Plan with Metrics". */
  planType: string;
  kind: SectionKind;
  format: SectionFormat;
  root: PlanNode | null;
  /** The section's plan text after undoing the table or sqllogictest layout. */
  text: string;
  /** 1-based input line of the first plan line (the header line for one-line slt rows). */
  firstLine: number;
}

/**
 * "error": some text could not be read and is missing from the tree (it stays in the raw text).
 * "warning": the tree was built, but the text looked edited or truncated (cropped tree boxes,
 * `...` elisions, indentation jumps), so the tree may be incomplete.
 */
export interface ParseProblem {
  line: number;
  message: string;
  severity: "error" | "warning";
}

export interface ParsedExplain {
  format: ExplainFormat;
  /** How the text was laid out: the datafusion-cli table, sqllogictest rows, plan_type sections, or a bare plan. */
  layout: "cli-table" | "sqllogictest" | "sections" | "bare";
  sections: PlanSection[];
  problems: ParseProblem[];
}

/** A plan line with its 1-based line number in the input, after layout decoding. */
export interface SourceLine {
  text: string;
  line: number;
}
