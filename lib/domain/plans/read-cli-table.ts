import type { ParseProblem, SourceLine } from "./plan-types";

export interface RawSection {
  planType: string | null;
  lines: SourceLine[];
  headerLine: number;
}

const BORDER_RE = /^\s*\+[-+=]+\+\s*$/;

/**
 * Reads the table datafusion-cli prints (`+---+`, `| plan_type | plan |`). Every cell is padded
 * to the widest line, so padding is dropped (docs/plan-formats.md, hazard 4); the first column's border position says
 * where the plan cell starts. Text outside the table (the SQL prompt, "2 row(s) fetched") is skipped.
 */
export function readCliTable(lines: SourceLine[]): { sections: RawSection[]; problems: ParseProblem[] } | null {
  const border = lines.find((l) => BORDER_RE.test(l.text));
  if (!border || !lines.some((l) => /^\s*\|/.test(l.text))) return null;
  const firstPlus = border.text.indexOf("+");
  const separator = border.text.indexOf("+", firstPlus + 1);
  const sections: RawSection[] = [];
  const problems: ParseProblem[] = [];
  let headerSeen = false;

  for (const { text, line } of lines) {
    if (!/^\s*\|/.test(text)) continue;
    const open = text.indexOf("|");
    // Hand-edited docs tables are not always aligned: fall back to the next pipe.
    const sep = text[separator] === "|" && separator > open ? separator : text.indexOf("|", open + 1);
    if (sep < 0) {
      problems.push({ line, message: "table row without a column separator", severity: "error" });
      continue;
    }
    const close = text.lastIndexOf("|");
    const planType = text.slice(open + 1, sep).trim();
    let plan = close > sep ? text.slice(sep + 1, close) : text.slice(sep + 1);
    if (plan.startsWith(" ")) plan = plan.slice(1);
    plan = plan.trimEnd();
    if (!headerSeen && planType === "plan_type" && plan.trim() === "plan") {
      headerSeen = true;
      continue;
    }
    if (planType !== "") sections.push({ planType, lines: [{ text: plan, line }], headerLine: line });
    else if (sections.length > 0) (sections[sections.length - 1] as RawSection).lines.push({ text: plan, line });
    else problems.push({ line, message: "table row before any plan_type", severity: "error" });
  }
  return { sections, problems };
}
