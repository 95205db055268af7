import type { SourceLine } from "./plan-types";

// The sqllogictest runner writes each plan line as `NN)` + the line with every leading space
// turned into `-` (docs/plan-formats.md, hazard 1); older files have the dashes but no numbers. DataFusion itself
// never starts a plan line with `-`, so either mark means the text is in that layout.
const NUMBER_RE = /^\d{2,}\)/;
const DASHES_RE = /^-+(?=[^\s-])/;

export function isSltLayout(lines: SourceLine[]): boolean {
  return lines.some((l) => NUMBER_RE.test(l.text) || DASHES_RE.test(l.text) || l.text.trim() === "----");
}

function decodeLine(text: string): string {
  const unnumbered = text.replace(NUMBER_RE, "");
  const dashes = DASHES_RE.exec(unnumbered)?.[0].length ?? 0;
  return " ".repeat(dashes) + unnumbered.slice(dashes);
}

/** Turns a pasted sqllogictest result block back into DataFusion's own plan text. */
export function undoSltLayout(lines: SourceLine[]): SourceLine[] {
  let body = lines;
  // A whole record was pasted (`query TT`, the SQL, `----`): keep only the result block.
  const marker = lines.findIndex((l) => l.text.trim() === "----");
  if (marker >= 0) {
    const rest = lines.slice(marker + 1);
    const end = rest.findIndex((l) => l.text.trim() === "" || /^(query|statement)\b/.test(l.text));
    body = end >= 0 ? rest.slice(0, end) : rest;
  }
  return body.map((l) => ({ text: decodeLine(l.text), line: l.line }));
}
