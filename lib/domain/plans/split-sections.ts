import { matchPlanType } from "./match-plan-type";
import type { ParseProblem, SourceLine } from "./plan-types";
import type { RawSection } from "./read-cli-table";

/**
 * Splits `plan_type` line + plan lines sections (the layout of the sample files and of a
 * decoded sqllogictest block). Without any header the whole text is one bare plan
 * (planType null). Empty lines stay inside a section: a graphviz cell starts with one.
 */
export function splitSections(lines: SourceLine[]): { sections: RawSection[]; problems: ParseProblem[] } {
  const sections: RawSection[] = [];
  const leading: SourceLine[] = [];
  for (const source of lines) {
    const header = matchPlanType(source.text);
    if (header) {
      const section: RawSection = { planType: header.planType, lines: [], headerLine: source.line };
      if (header.inlinePlan !== null) section.lines.push({ text: header.inlinePlan, line: source.line });
      sections.push(section);
    } else if (sections.length > 0) (sections[sections.length - 1] as RawSection).lines.push(source);
    else leading.push(source);
  }
  if (sections.length === 0)
    return { sections: [{ planType: null, lines: leading, headerLine: leading[0]?.line ?? 1 }], problems: [] };
  const stray = leading.find((l) => l.text.trim() !== "");
  const problems: ParseProblem[] = stray
    ? [
        {
          line: stray.line,
          message: "text before the first plan_type header is not part of any plan",
          severity: "warning",
        },
      ]
    : [];
  return { sections, problems };
}
