// Every list and matrix the app offers as a download, in three formats from
// one table: CSV (UTF-8 with a byte-order mark, so Excel reads Cyrillic),
// JSON for scripts, XLSX for spreadsheets. Each file states what it holds and
// the filters it was taken with, and carries stable ids with their URLs.
// Pure; lib/exports.ts renders the files.
import type { CsvValue } from "@/lib/domain/csv";

export const EXPORT_FORMATS = ["csv", "json", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = { csv: "CSV", json: "JSON", xlsx: "Excel" };

export type ExportTable = {
  /** What the file holds, e.g. "Torture and ill-treatment: status at each round". */
  title: string;
  /** The filters in words (describeFilters). */
  filters: string;
  /** The file name's parts, filters included, without date or extension. */
  fileParts: string[];
  columns: string[];
  rows: CsvValue[][];
  /** Id columns of records that have a page, with the page's path prefix: a "… URL" column follows each. */
  links?: Record<string, string>;
};

/** The `format` query parameter: csv when absent, null when it names no format. */
export function parseExportFormat(value: string | null): ExportFormat | null {
  if (value === null || value === "") return "csv";
  return (EXPORT_FORMATS as readonly string[]).includes(value) ? (value as ExportFormat) : null;
}

export const EXPORT_FORMAT_ERROR = `Unknown format; use one of: ${EXPORT_FORMATS.join(", ")}.`;

/** A file name safe in a Content-Disposition header. */
export function exportFileName(parts: string[], format: ExportFormat | "docx" | "pdf", day: string): string {
  return `${[...parts, day].join("-").replace(/[^a-z0-9-]+/gi, "-").replace(/-+/g, "-").replace(/^-|-$/g, "").toLowerCase()}.${format}`;
}

/** The table with a URL column after each linked id column. */
export function withLinks(table: ExportTable, origin: string): { columns: string[]; rows: CsvValue[][] } {
  const links = table.links ?? {};
  const linked = table.columns.map((column) => links[column]);
  const columns = table.columns.flatMap((column, i) => (linked[i] === undefined ? [column] : [column, column.replace(/ ID$/, "") + " URL"]));
  const rows = table.rows.map((row) =>
    row.flatMap((value, i) => {
      const prefix = linked[i];
      if (prefix === undefined) return [value];
      return [value, value === null || value === undefined || value === "" ? "" : `${origin}${prefix}${value}`];
    }),
  );
  return { columns, rows };
}

