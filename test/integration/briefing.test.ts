// The briefing download: the Word file (unzipped, its XML read) and the PDF
// (its text extracted) from a hand-built fixture with known changes, quotes and
// cases; a viewer's copy without a sensitive case's name; bad parameters.
// Own rounds in the 2300s, so no other file's rounds come between them.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/briefing/export/route";
import { db } from "@/lib/db";
import type { Status } from "@/lib/generated/prisma/enums";
import { makeCase, personName } from "@/test/integration/case-fixtures";
import { actAs, slugOf, unique } from "@/test/integration/helpers";

const CYRILLIC_QUOTE = "ЕС приветствовал решение Конституционного суда; Қазақстан әділет ұғымы.";
let tag = "";
let slugs: { media: string; torture: string } = { media: "", torture: "" };
let target = 0;
let names = { sensitive: "", open: "" };
let sensitiveId = 0;
let documents = { en: "", ru: "" };

beforeAll(async () => {
  tag = unique("Brief");
  slugs = { media: slugOf(`${tag} media`), torture: slugOf(`${tag} torture`) };
  const media = await db.theme.create({ data: { slug: slugs.media, name: `${tag} Media` }, select: { id: true } });
  const torture = await db.theme.create({ data: { slug: slugs.torture, name: `${tag} Torture` }, select: { id: true } });
  documents = { en: `${tag} EEAS press release`, ru: `${tag} Пресс-релиз` };
  const en = await db.sourceDocument.create({ data: { title: documents.en, publisher: "EEAS", publishedOn: new Date("2303-03-02"), text: "x" } });
  const ru = await db.sourceDocument.create({ data: { title: documents.ru, publisher: "Kazinform", publishedOn: new Date("2303-03-04"), language: "ru", text: "x" } });
  const round = async (date: string) =>
    (await db.round.create({ data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: `${tag} round ${date.slice(0, 4)}`, startDate: new Date(`${date}T00:00:00Z`) } })).id;
  const r = { r1: await round("2301-03-01"), r2: await round("2302-03-01"), r3: await round("2303-03-01") };
  target = await round("2304-03-01");
  type Plan = Partial<Record<keyof typeof r, Status | [Status, string, { quote?: string; note?: string }]>>;
  const concern = async (themeId: number, title: string, plan: Plan) => {
    const { id } = await db.concern.create({ data: { title: `${tag} ${title}`, themeId } });
    for (const [key, entry] of Object.entries(plan)) {
      const [status, documentId, extra] = Array.isArray(entry) ? [entry[0], entry[1] === "ru" ? ru.id : en.id, entry[2]] : [entry, en.id, {}];
      await db.statusAssessment.create({
        data: {
          concernId: id,
          roundId: r[key as keyof typeof r],
          status,
          note: extra.note ?? "",
          evidence: status === "NOT_RAISED" ? undefined : { create: { quote: extra.quote ?? `${title} quote at ${key}.`, documentId } },
        },
      });
    }
    return id;
  };
  const steady = await concern(media.id, "Steady", { r1: "RAISED", r2: "NO_PROGRESS", r3: "NO_PROGRESS" });
  await concern(media.id, "Improving", { r2: "RAISED", r3: ["IN_PROGRESS", "ru", { quote: CYRILLIC_QUOTE, note: "Ask for the court's reasoning." }] });
  await concern(media.id, "Dropped", { r1: "RAISED", r2: "NO_PROGRESS", r3: "NOT_RAISED" });
  await concern(media.id, "Settled", { r2: "RAISED", r3: "RESOLVED" });
  await concern(torture.id, "Worsened", { r2: "IN_PROGRESS", r3: "REGRESSED" });

  names = { sensitive: personName(), open: personName() };
  const hidden = await makeCase({ personName: names.sensitive, sensitive: true });
  const shown = await makeCase({ personName: names.open });
  sensitiveId = hidden.id;
  await db.concernCase.createMany({ data: [{ concernId: steady, caseId: hidden.id }, { concernId: steady, caseId: shown.id }] });
});

const url = (query: string) => `http://localhost/api/v1/briefing/export?${query}`;
const call = (query: string) => GET(new Request(url(query)), { params: Promise.resolve({}) });
const twoThemes = () => `themes=${slugs.media},${slugs.torture}&round=${target}`;

/** The text of a Word XML part: a line per paragraph, cells separated by " | ". */
const wordText = (xml: string) =>
  xml
    .replace(/<\/w:p><\/w:tc>/g, " | ")
    .replace(/<\/w:tr>/g, "\n")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

async function docx(query: string) {
  const response = await call(query);
  expect(response.status, await response.clone().text()).toBe(200);
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const xml = await zip.file("word/document.xml")!.async("string");
  const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async("string")));
  return { response, xml, text: wordText(xml), footers: footers.join("\n") };
}

async function pdfText(bytes: ArrayBuffer): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  return pages;
}

describe("the Word briefing", () => {
  it("has the title page, the contents, the summary's counts, each open concern with its history, quotes and notes, the cases and the annex", async () => {
    await actAs("ANALYST");
    const { response, xml, text, footers } = await docx(`format=docx&${twoThemes()}`);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="briefing-round-\d+-.*\.docx"/);

    expect(text).toContain(`Briefing for ${tag} round 2304`);
    expect(text).toContain(`Themes: ${tag} Media, ${tag} Torture`);
    expect(text).toContain(`Based on: Dialogue rounds up to ${tag} round 2303 (1 Mar 2303)`);
    // Headings in Word's heading styles, and a contents field over levels 1–2 already filled with them.
    for (const heading of ["Summary", "Open concerns by theme", `${tag} Media`, `${tag} Torture`, "Individual cases", "Annex: sources cited"]) {
      expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Heading[12]"/></w:pPr>(<w:bookmarkStart[^>]*>)?<w:r><w:t xml:space="preserve">${heading}</w:t>`));
    }
    expect(xml).toContain("TOC \\h \\o &quot;1-2&quot;");
    expect(xml).toMatch(/<w:sdt>.*Open concerns by theme.*<\/w:sdt>/s);

    // At 2303 against 2302: Steady reiterated, Improving and Settled improved, Dropped dropped, Worsened worsened.
    expect(text).toContain("Reiterated | 1 |");
    expect(text).toContain("Improved | 2 |");
    expect(text).toContain("Dropped | 1 |");
    expect(text).toContain("Worsened | 1 |");
    expect(text).toContain("Newly raised | 0 |");
    expect(text).toMatch(new RegExp(`What to raise again\\n${tag} Dropped: The EU first raised this at ${tag} round 2301 \\(1 Mar 2301\\)\\. It was not discussed at ${tag} round 2303; it remains no progress\\.`));
    expect(text).toContain(`${tag} Worsened: The EU first raised this at ${tag} round 2302 (1 Mar 2302). At ${tag} round 2303 its status was regressed (worsened).`);

    expect(text).toContain(`History: 2301 Raised · 2302 No progress · 2303 No progress`);
    expect(text).toContain(`“Steady quote at r3.”\nSource: ${documents.en}, 2 Mar 2303`);
    expect(text).toContain(`“Steady quote at r2.”`);
    expect(text).not.toContain("Steady quote at r1."); // the latest two only
    expect(text).toContain(`“${CYRILLIC_QUOTE}”\nSource: ${documents.ru}, 4 Mar 2303`);
    expect(text).toContain("Note at 2303: Ask for the court's reasoning.");
    expect(text).not.toContain(`${tag} Settled\n`); // resolved: not an open concern

    expect(text).toContain(names.sensitive);
    expect(text).toContain(names.open);
    expect(text).toMatch(new RegExp(`Annex: sources cited\\n${documents.en}\\. EEAS\\. 2 Mar 2303\\. English\\.\\n${documents.ru}\\. Kazinform\\. 4 Mar 2303\\. Russian\\.`));

    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
  });

  it("leaves out what the reader unticked", async () => {
    await actAs("ANALYST");
    const { text } = await docx(`format=docx&themes=${slugs.media}&round=${target}&include=history`);
    expect(text).toContain("History: 2301 Raised");
    for (const absent of ["Summary\n", "Steady quote", "Note at 2303", "Individual cases", "Annex: sources cited", `${tag} Torture`]) expect(text).not.toContain(absent);
  });
});

describe("the PDF briefing", () => {
  it("says the same, Cyrillic and Kazakh letters included, with a contents page that gives page numbers", async () => {
    await actAs("ANALYST");
    const response = await call(`format=pdf&${twoThemes()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pages = await pdfText(await response.arrayBuffer());
    const all = pages.join("\n");
    expect(pages[0]).toContain(`Briefing for ${tag} round 2304`);
    expect(pages[1]).toMatch(/Contents Summary 3 Open longest 3 What to raise again 3 Open concerns by theme \d+/);
    const annexPage = Number(/Annex: sources cited (\d+)/.exec(pages[1]!)?.[1]);
    expect(pages[annexPage - 1]).toContain("Annex: sources cited");
    expect(pages[annexPage - 1]).toContain(documents.ru);
    expect(all).toContain("Reiterated 1");
    expect(all).toContain("Improved 2");
    expect(all).toContain(CYRILLIC_QUOTE);
    expect(all).toContain(`Source: ${documents.ru}, 4 Mar 2303`);
    expect(all).toContain("History: 2301 Raised · 2302 No progress · 2303 No progress");
    expect(all).toContain(names.open);
    expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
  });
});

describe("confidentiality", () => {
  it("gives a viewer a sensitive case by its label only, in both files", async () => {
    await actAs("VIEWER");
    const { text } = await docx(`format=docx&${twoThemes()}`);
    expect(text).toContain(`Case ${sensitiveId}`);
    expect(text).toContain(names.open);
    expect(text).not.toContain(names.sensitive);
    const pdf = (await pdfText(await (await call(`format=pdf&${twoThemes()}`)).arrayBuffer())).join("\n");
    expect(pdf).toContain(`Case ${sensitiveId}`);
    expect(pdf).not.toContain(names.sensitive);
  });
});

describe("bad parameters", () => {
  it.each([
    ["no theme", "format=docx", "themes", "Choose at least one theme."],
    ["an unknown theme", "format=docx&themes=no-such-theme-anywhere", "themes", "There is no theme no-such-theme-anywhere; choose the themes from the list."],
    ["an unknown format", "format=doc&themes=x", "format", "format must be docx or pdf."],
    ["a round that is not an id", "format=pdf&themes=x&round=latest", "round", "Choose the round to brief for from the list."],
    ["an unknown part", "format=pdf&themes=x&include=summary,gossip", "include", "include takes: summary, history, quotes, notes, cases, annex."],
    ["an unknown parameter", "format=pdf&themes=x&theme=y", "theme", "Unknown parameter theme; this endpoint takes: format, themes, round, include."],
  ])("answers 400 for %s, naming it", async (_name, query, field, message) => {
    await actAs("ANALYST");
    const response = await call(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = (await response.json()) as { errors: Record<string, string[]> };
    expect(body.errors[field]).toContain(message);
  });

  it("answers 400 for a round that does not exist", async () => {
    await actAs("ANALYST");
    const response = await call(`format=pdf&themes=${slugs.media}&round=2147483000`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { round: ["There is no such round."] } });
  });
});
