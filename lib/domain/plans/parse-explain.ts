import { isIntermediatePlan } from "./is-intermediate-plan";
import { parsePlanSection } from "./parse-plan-section";
import type { ExplainFormat, ParsedExplain, ParseProblem, PlanSection, SourceLine } from "./plan-types";
import { readCliTable, type RawSection } from "./read-cli-table";
import { splitSections } from "./split-sections";
import { isSltLayout, undoSltLayout } from "./undo-slt-layout";

/** Larger text is stored but not parsed: a plan this size is a paste accident, not a plan. */
export const MAX_PLAN_TEXT_CHARS = 5_000_000;

function overallFormat(sections: PlanSection[]): ExplainFormat {
  const formats = new Set(sections.filter((s) => s.root).map((s) => s.format));
  if (formats.has("pgjson")) return "pgjson";
  if (formats.has("graphviz")) return "graphviz";
  if (formats.has("tree")) return "tree";
  if (sections.some((s) => s.planType.startsWith("Plan with"))) return "analyze";
  const stages = sections.filter((s) => isIntermediatePlan(s.planType));
  if (stages.length > 0 || sections.length > 2) return "verbose";
  return formats.has("indent") || formats.has("same-as-above") ? "indent" : "unknown";
}

function parseUnsafe(text: string): ParsedExplain {
  if (text.length > MAX_PLAN_TEXT_CHARS) {
    return {
      format: "unknown",
      layout: "bare",
      sections: [],
      problems: [
        {
          line: 1,
          message: `plan text longer than ${MAX_PLAN_TEXT_CHARS} characters is kept but not parsed`,
          severity: "error",
        },
      ],
    };
  }
  const lines: SourceLine[] = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t, line: i + 1 }));
  if (lines.every((l) => l.text.trim() === "")) {
    return {
      format: "unknown",
      layout: "bare",
      sections: [],
      problems: [{ line: 1, message: "no plan text", severity: "error" }],
    };
  }
  const first = lines.find((l) => l.text.trim() !== "") as SourceLine;
  if (/^\s*(DataFusion error|Error|error)\b[^:]*:/.test(first.text) && !lines.some((l) => /^\s*[|+┌]/.test(l.text))) {
    return {
      format: "unknown",
      layout: "bare",
      sections: [],
      problems: [{ line: first.line, message: "the text is an error message, not a plan", severity: "error" }],
    };
  }

  const problems: ParseProblem[] = [];
  let layout: ParsedExplain["layout"];
  let raw: RawSection[];
  const table = readCliTable(lines);
  if (table && table.sections.length > 0) {
    layout = "cli-table";
    raw = table.sections;
    problems.push(...table.problems);
  } else {
    const slt = isSltLayout(lines);
    const split = splitSections(slt ? undoSltLayout(lines) : lines);
    raw = split.sections;
    problems.push(...split.problems);
    layout = slt ? "sqllogictest" : raw.length === 1 && raw[0]?.planType === null ? "bare" : "sections";
  }

  const sections: PlanSection[] = [];
  for (const rawSection of raw) {
    const parsed = parsePlanSection(rawSection, sections[sections.length - 1]);
    sections.push(parsed.section);
    problems.push(...parsed.problems);
  }
  problems.sort((a, b) => a.line - b.line);
  // The verdict goes last: the specific reasons above it say why.
  if (!sections.some((s) => s.root))
    problems.push({ line: first.line, message: "no plan could be read from the text", severity: "error" });
  return { format: overallFormat(sections), layout, sections, problems };
}

/**
 * Reads EXPLAIN output as DataFusion prints it (cli table, plan_type sections, sqllogictest
 * rows or a bare plan; indent, tree, verbose, analyze, pgjson, graphviz). Never throws: what
 * cannot be read is reported in `problems` with its line, and the caller keeps the raw text.
 */
export function parseExplain(text: string): ParsedExplain {
  try {
    return parseUnsafe(typeof text === "string" ? text : "");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      format: "unknown",
      layout: "bare",
      sections: [],
      problems: [{ line: 1, message: `internal parser error: ${message}`, severity: "error" }],
    };
  }
}
