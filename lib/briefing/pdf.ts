import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { contentsEntries, type Block, type BriefingContent } from "@/lib/briefing/content";

// The briefing as a PDF, drawn from the one content model with pdfkit (no
// browser needed). DejaVu Sans, shipped by the dejavu-fonts-ttf package, covers
// Latin, Cyrillic and the Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і); the PDF
// embeds the subset it uses. Pages are buffered so the contents, reserved after
// the title page, get their page numbers once the body is laid out.

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: { regular: Buffer; bold: Buffer; italic: Buffer } | null = null;
const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
    italic: readFileSync(path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")),
  });

const MARGIN = 56;
const TEXT = "#111827";
const MUTED = "#4b5563";
const HEADING_SIZE = { 1: 18, 2: 14, 3: 11.5 } as const;
const TOC_LINE = 18;

type Doc = PDFKit.PDFDocument;

const currentPage = (doc: Doc) => {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
};

/** Starts a new page unless `height` still fits on this one. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function table(doc: Doc, block: Extract<Block, { type: "table" }>) {
  const width = doc.page.width - 2 * MARGIN;
  // Columns share the width by their longest text (capped), but none narrower than its heading's longest word.
  doc.font("Bold").fontSize(9.5);
  const least = block.columns.map((c) => Math.max(...c.split(" ").map((word) => doc.widthOfString(word))) + 12);
  doc.font("Body");
  const wanted = block.columns.map((c, i) => Math.min(200, Math.max(doc.widthOfString(c), ...block.rows.slice(0, 50).map((r) => doc.widthOfString(r[i]!)))));
  const total = wanted.reduce((a, b) => a + b, 0);
  const shares = wanted.map((w, i) => Math.max(least[i]!, (w / total) * width));
  const spare = width - shares.reduce((a, b) => a + b, 0);
  const widest = shares.indexOf(Math.max(...shares));
  const widths = shares.map((w, i) => (i === widest ? w + spare : w));
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Bold" : "Body").fontSize(9.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 8 }))) + 8;
    ensureSpace(doc, height);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.fillColor(TEXT).text(cell, x + 4, top + 4, { width: widths[i]! - 8 });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(0.5).strokeColor("#9ca3af").stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(block.columns, true);
  for (const row of block.rows) drawRow(row, false);
  doc.moveDown(0.8);
}

function render(doc: Doc, block: Block, headings: number[]) {
  doc.x = MARGIN;
  switch (block.type) {
    case "heading": {
      ensureSpace(doc, HEADING_SIZE[block.level] * 5);
      if (block.level <= 2) headings.push(currentPage(doc));
      doc.moveDown(block.level === 3 ? 0.4 : 0.8);
      doc.font("Bold").fontSize(HEADING_SIZE[block.level]).fillColor(TEXT).text(block.text, { paragraphGap: 4 });
      if (block.level === 1) doc.outline.addItem(block.text);
      return;
    }
    case "paragraph":
      doc.font("Body").fontSize(10.5).fillColor(block.muted ? MUTED : TEXT).text(block.text, { paragraphGap: 6 });
      return;
    case "list":
      doc.font("Body").fontSize(10.5).fillColor(TEXT);
      for (const item of block.items) doc.text(`•  ${item}`, { indent: 0, paragraphGap: 4 });
      doc.moveDown(0.4);
      return;
    case "quote": {
      const options = { width: doc.page.width - 2 * MARGIN - 20, paragraphGap: 2 };
      doc.font("Italic").fontSize(10.5).fillColor(TEXT).text(`“${block.text}”`, MARGIN + 20, doc.y, options);
      if (block.translation) doc.font("Body").text(`Translation: ${block.translation}`, MARGIN + 20, doc.y, options);
      doc.font("Body").fontSize(9.5).fillColor(MUTED).text(`Source: ${block.source}`, MARGIN + 20, doc.y, { ...options, paragraphGap: 8 });
      doc.x = MARGIN;
      return;
    }
    case "table":
      table(doc, block);
      return;
    case "pageBreak":
      doc.addPage();
      return;
  }
}

export async function briefingPdf(content: BriefingContent): Promise<Uint8Array<ArrayBuffer>> {
  const { regular, bold, italic } = loadFonts();
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: content.title, Creator: "Dialogue Tracker" }, lang: "en" });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont("Body", regular);
  doc.registerFont("Bold", bold);
  doc.registerFont("Italic", italic);

  doc.font("Bold").fontSize(24).fillColor(TEXT).text(content.title, { paragraphGap: 18 });
  for (const line of content.titlePage) {
    doc.font("Bold").fontSize(11).text(`${line.label}: `, { continued: true }).font("Body").text(line.value, { paragraphGap: 6 });
  }

  // The contents pages, reserved now and written once the body's page numbers are known.
  const entries = contentsEntries(content);
  const perPage = Math.floor((doc.page.height - 2 * MARGIN - 40) / TOC_LINE);
  const tocStart = currentPage(doc) + 1;
  const tocPages = Math.max(1, Math.ceil(entries.length / perPage));
  for (let i = 0; i < tocPages; i++) doc.addPage();
  doc.addPage();

  const headings: number[] = [];
  for (const block of content.blocks) render(doc, block, headings);

  const width = doc.page.width - 2 * MARGIN;
  entries.forEach((entry, i) => {
    const page = tocStart + Math.floor(i / perPage);
    if (i % perPage === 0) {
      doc.switchToPage(page);
      doc.font("Bold").fontSize(18).fillColor(TEXT).text("Contents", MARGIN, MARGIN, { paragraphGap: 12 });
    }
    const y = MARGIN + 40 + (i % perPage) * TOC_LINE;
    const indent = entry.level === 1 ? 0 : 16;
    const number = String(headings[i]! + 1);
    doc.font(entry.level === 1 ? "Bold" : "Body").fontSize(10.5).fillColor(TEXT);
    const numberWidth = doc.widthOfString(number);
    doc.text(fit(doc, entry.text, width - indent - numberWidth - 24), MARGIN + indent, y, { lineBreak: false });
    doc.text(number, MARGIN + width - numberWidth, y, { lineBreak: false });
  });

  const { count } = doc.bufferedPageRange();
  for (let i = 1; i < count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the margin would otherwise start a new page
    doc.font("Body").fontSize(9).fillColor(MUTED).text(`Page ${i + 1} of ${count}`, MARGIN, doc.page.height - 36, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
