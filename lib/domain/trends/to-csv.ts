export type CsvCell = string | number | boolean | Date | null | undefined;

// A cell a spreadsheet would evaluate as a formula (CSV injection) is prefixed with a quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: ISO dates, empty for null, formula starts defused, quoted when it must be (RFC 4180). */
export function toCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document with a header row and CRLF line ends, which every spreadsheet opens as-is. */
export function toCsv({
  columns,
  rows,
}: {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}): string {
  return [columns, ...rows].map((row) => row.map(toCsvCell).join(",")).join("\r\n") + "\r\n";
}
