// DataFusion attribute values nest (), [] and {} and contain commas and quoted names
// (`gby=[a@0 as a, b@1 as b]`, `Field { name: "x, y" }`), so every split on a separator has to
// happen at nesting depth 0 only (docs/plan-formats.md, hazard 6).

export interface TopLevelPart {
  text: string;
  start: number;
  end: number;
}

export interface TopLevelScan {
  /** 1 where the character is outside every bracket and quote. */
  mask: Uint8Array;
  /** False when brackets do not close (a truncated or hand-edited line). */
  balanced: boolean;
}

const OPEN = "([{";
const CLOSE = ")]}";

function scan(text: string, quotes: boolean): { mask: Uint8Array; depth: number; inQuote: boolean; stray: boolean } {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  let inQuote = false;
  let stray = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inQuote) {
      if (ch === "\\") i++;
      else if (ch === '"') inQuote = false;
      continue;
    }
    if (quotes && ch === '"') {
      inQuote = true;
      continue;
    }
    if (OPEN.includes(ch)) {
      depth++;
      continue;
    }
    if (CLOSE.includes(ch)) {
      if (depth > 0) depth--;
      else stray = true;
      continue;
    }
    if (depth === 0) mask[i] = 1;
  }
  return { mask, depth, inQuote, stray };
}

export function scanTopLevel(text: string): TopLevelScan {
  const quoted = scan(text, true);
  if (!quoted.inQuote && quoted.depth === 0 && !quoted.stray) return { mask: quoted.mask, balanced: true };
  // Physical plans print string literals unquoted (`name@0 = it"s`), so a lone quote must not
  // swallow the rest of the line: retry treating quotes as plain characters.
  const plain = scan(text, false);
  if (plain.depth === 0 && !plain.stray) return { mask: plain.mask, balanced: true };
  return { mask: quoted.inQuote ? plain.mask : quoted.mask, balanced: false };
}

export function splitTopLevel(text: string, separator = ","): { parts: TopLevelPart[]; balanced: boolean } {
  const { mask, balanced } = scanTopLevel(text);
  const parts: TopLevelPart[] = [];
  let start = 0;
  for (let i = 0; i <= text.length - separator.length; i++) {
    if (mask[i] === 1 && text.startsWith(separator, i)) {
      parts.push({ text: text.slice(start, i), start, end: i });
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push({ text: text.slice(start), start, end: text.length });
  return { parts, balanced };
}
