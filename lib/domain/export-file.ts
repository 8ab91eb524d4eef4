// Every list and matrix the app offers as a download, in three formats from
// one table: CSV (UTF-8 with a byte-order mark, so Excel reads Cyrillic),
// JSON for scripts, XLSX for spreadsheets. Each file states what it holds and
// the filters it was taken with, and carries stable ids with their URLs.
// Pure; lib/exports.ts renders the files.
import type { CsvValue } from "@/lib/domain/csv";

export const EXPORT_FORMATS = ["csv", "json", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The lists a theme page offers as downloads (?list=). */
export const THEME_EXPORTS = ["matrix", "evidence", "mix", "changes", "longest-open"] as const;
export type ThemeExport = (typeof THEME_EXPORTS)[number];

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

/** A download link in one format: `href` is the export's address with the page's filters, without a format. */
export function exportHref(href: string, format: ExportFormat): string {
  return `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
}

/** The media type of each file the app offers: the responses' Content-Type, and the OpenAPI document's. */
export const FILE_MEDIA_TYPES = {
  csv: "text/csv",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

/** A file name safe in a Content-Disposition header. */
export function exportFileName(parts: string[], format: keyof typeof FILE_MEDIA_TYPES, day: string): string {
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

