// CSV as RFC 4180 (CRLF, quotes doubled), with a UTF-8 byte-order mark so
// spreadsheet programs read accents and curly quotes correctly.
export type CsvValue = string | number | null | undefined;

/** Spreadsheet programs run cells starting with these as formulas; quotes from documents must stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
