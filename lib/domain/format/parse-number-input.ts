// What people type into number fields, read the way the UI prints numbers: "3,900", "3,900 ms",
// "1,480.5", "20%", "-300". Grouping commas must sit between groups of three digits, so "3,90"
// (a decimal comma?) is refused rather than guessed.
const NUMBER_WITH_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*([a-zA-Zµ%/]*)$/;

/** undefined for empty text (the field is missing), NaN for text that is not a number. */
export function parseNumberInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const match = NUMBER_WITH_UNIT.exec(trimmed);
  if (!match?.[1]) return Number.NaN;
  return Number(match[1].replaceAll(",", ""));
}

/** A percentage as typed ("20", "20%", "12.5 %") → the fraction stored (0.2, 0.125). */
export function parsePercentInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = /^([+-]?[\d,.]+)\s*%?$/.exec(trimmed)?.[1];
  const value = number === undefined ? Number.NaN : parseNumberInput(number);
  if (value === undefined) return Number.NaN;
  // Rounded so 7 → 0.07 and back to "7", not 7.000000000000001.
  return Number.isNaN(value) ? value : roundFraction(value / 100);
}

/** The fraction shown as the percentage people typed: 0.2 → "20". */
export function fractionToPercentText(value: number): string {
  return String(roundFraction(value * 100));
}

const roundFraction = (value: number) => Math.round(value * 1e9) / 1e9;
