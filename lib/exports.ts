import "server-only";
import ExcelJS from "exceljs";
import { toCsv, type CsvValue } from "@/lib/domain/csv";
import { exportFileName, FILE_MEDIA_TYPES, withLinks, type ExportFormat, type ExportTable } from "@/lib/domain/export-file";

// Renders an export table (lib/domain/export-file.ts) as the file to download.

type About = { title: string; filters: string; exportedAt: string; source: string };

const aboutLines = (about: About) => [
  `Dialogue Tracker: ${about.title}`,
  `Filters: ${about.filters}`,
  `Exported: ${about.exportedAt} from ${about.source}`,
];

async function xlsx(about: About, columns: string[], rows: CsvValue[][]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Dialogue Tracker";
  const sheet = workbook.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((value, i) =>
        // URLs open from the sheet; everything else stays a plain value (text is never read as a formula by ExcelJS).
        typeof value === "string" && columns[i]!.endsWith(" URL") && value ? { text: value, hyperlink: value } : (value ?? null),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(columns[i]!.length, ...rows.slice(0, 200).map((row) => String(row[i] ?? "").length));
    column.width = Math.min(Math.max(longest + 2, 8), 60);
  });
  const info = workbook.addWorksheet("About");
  info.addRows([["Title", about.title], ["Filters", about.filters], ["Exported at", about.exportedAt], ["Source", about.source]]);
  info.getColumn(1).font = { bold: true };
  info.getColumn(2).width = 100;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The download: `source` is the address the data was taken from, for the file to state. */
export async function exportResponse(table: ExportTable, format: ExportFormat, source: URL): Promise<Response> {
  const now = new Date();
  const about: About = { title: table.title, filters: table.filters, exportedAt: now.toISOString(), source: source.toString() };
  const { columns, rows } = withLinks(table, source.origin);
  let body: string | Uint8Array<ArrayBuffer>;
  if (format === "csv") {
    // "#" lines before the header: spreadsheet programs show them, and CSV readers skip them (comment="#").
    const preamble = aboutLines(about).map((line) => `# ${line.replace(/[\r\n]+/g, " ")}`).join("\r\n");
    body = "\uFEFF" + preamble + "\r\n" + toCsv([columns, ...rows]).replace(/^\uFEFF/, "");
  } else if (format === "json") {
    body = JSON.stringify({ ...about, columns, rows: rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null]))) }, null, 1);
  } else {
    body = await xlsx(about, columns, rows);
  }
  return new Response(body, {
    headers: {
      "Content-Type": format === "xlsx" ? FILE_MEDIA_TYPES.xlsx : `${FILE_MEDIA_TYPES[format]}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${exportFileName(table.fileParts, format, now.toISOString().slice(0, 10))}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
