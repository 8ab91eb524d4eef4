import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { TOC_LEVELS, type Block, type BriefingContent } from "@/lib/briefing/content";

// The briefing as a Word document, drawn from the one content model. Word's
// table of contents is a field: docx writes its entries from the headings, so
// it reads before Word updates it; Word fills in the page numbers on update.

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const MUTED = "4B5563";

function table(block: Extract<Block, { type: "table" }>): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] })),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(block.columns, true), ...block.rows.map((r) => row(r, false))] });
}

function render(block: Block): FileChild[] {
  switch (block.type) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], text: block.text })];
    case "paragraph":
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.text, color: block.muted ? MUTED : undefined })] })];
    case "list":
      return block.items.map((text) => new Paragraph({ bullet: { level: 0 }, text }));
    case "quote":
      return [
        new Paragraph({
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: "9CA3AF", space: 8 } },
          children: [
            new TextRun({ text: `“${block.text}”`, italics: true }),
            ...(block.translation ? [new TextRun({ text: `Translation: ${block.translation}`, break: 1 })] : []),
          ],
        }),
        new Paragraph({ indent: { left: 567 }, spacing: { after: 160 }, children: [new TextRun({ text: `Source: ${block.source}`, color: MUTED })] }),
      ];
    case "table":
      return [table(block), new Paragraph({ text: "" })];
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export async function briefingDocx(content: BriefingContent): Promise<Uint8Array<ArrayBuffer>> {
  const titlePage: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: content.title }),
    ...content.titlePage.map(
      (line) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: `${line.label}: `, bold: true }), new TextRun(line.value)] }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
    // Not a heading style, so the contents do not list themselves.
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: "Contents", bold: true, size: 32 })] }),
    new TableOfContents("Contents", { hyperlink: true, headingStyleRange: `1-${TOC_LEVELS}` }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const document = new Document({
    creator: "Dialogue Tracker",
    title: content.title,
    description: content.titlePage.map((l) => `${l.label}: ${l.value}`).join("\n"),
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [
      {
        properties: { titlePage: true },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], color: MUTED })],
              }),
            ],
          }),
        },
        children: [...titlePage, ...content.blocks.flatMap(render)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
