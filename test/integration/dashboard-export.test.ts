// The exports (CSV, JSON, XLSX): authorisation, escaping, file names, and the same filters as the pages.
// Own fixture in the late 2090s, away from dashboard.test.ts's rounds.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as dashboardCsv } from "@/app/api/v1/dashboard/export/route";
import { GET as themeCsv } from "@/app/api/v1/themes/[slug]/export/route";
import { db } from "@/lib/db";
import { actAs, unique, slugOf } from "@/test/integration/helpers";

const WINDOW = "from=2095-01-01&to=2099-12-31";
let slug = "";
let name = "";
let ids: Record<string, number> = {};

beforeAll(async () => {
  name = unique("Export");
  slug = slugOf(name);
  const theme = await db.theme.create({ data: { slug, name }, select: { id: true } });
  const document = await db.sourceDocument.create({
    data: { title: "Press release", publisher: "EEAS", publishedOn: new Date("2097-01-02"), text: "x" },
    select: { id: true },
  });
  const round = (date: string) => db.round.create({ data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: `${name} ${date}`, startDate: new Date(`${date}T00:00:00Z`) }, select: { id: true } });
  const r1 = await round("2096-05-01");
  const r2 = await round("2097-05-01");
  const concern = (title: string, statuses: [number, "RAISED" | "IN_PROGRESS" | "RESOLVED"][]) =>
    db.concern.create({
      data: { title, themeId: theme.id, statusAssessments: { create: statuses.map(([roundId, status]) => ({ roundId, status, evidence: { create: { quote: "q", documentId: document.id } } })) } },
      select: { id: true },
    });
  ids = {
    quoted: (await concern('Say "no", twice', [[r1.id, "RAISED"], [r2.id, "IN_PROGRESS"]])).id,
    formula: (await concern("=SUM(A1)", [[r2.id, "RAISED"]])).id,
    done: (await concern("Done", [[r1.id, "RAISED"], [r2.id, "RESOLVED"]])).id,
  };
});

/** The CSV's table: after the byte-order mark and the "#" lines that say what the file holds. */
async function csvLines(response: Response): Promise<string[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // UTF-8's byte-order mark, which Excel needs to read Cyrillic (text() would hide it).
  expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, "#".charCodeAt(0)]);
  return new TextDecoder().decode(bytes).trimEnd().split("\r\n").filter((line) => !line.startsWith("#"));
}

const concernUrl = (id: number) => `http://localhost/concerns/${id}`;

const call = (list: string, query = WINDOW, target = slug) =>
  themeCsv(new Request(`http://localhost/api/v1/themes/${target}/export?list=${list}&${query}`), { params: Promise.resolve({ slug: target }) });

describe("theme CSV export", () => {
  it("refuses anonymous callers with a JSON 401", async () => {
    await actAs(null);
    const response = await call("matrix");
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe("UNAUTHENTICATED");
  });

  it("gives a viewer the matrix as an attachment with escaped cells", async () => {
    await actAs("VIEWER");
    const response = await call("matrix");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="${slug}-matrix-dialogue-from-2095-01-01-to-2099-12-31-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    expect(await csvLines(response)).toEqual([
      "Concern ID,Concern URL,Concern,Current status,2096 2096-05-01,2097 2097-05-01",
      `${ids.formula},${concernUrl(ids.formula!)},'=SUM(A1),Raised,,Raised`, // rows in title order; formula-like text kept as text
      `${ids.done},${concernUrl(ids.done!)},Done,Resolved,Raised,Resolved`,
      `${ids.quoted},${concernUrl(ids.quoted!)},"Say ""no"", twice",In progress,Raised,In progress`,
    ]);
  });

  it("states inside the file what it holds and the filters it was taken with", async () => {
    await actAs("VIEWER");
    const text = await (await call("matrix", `${WINDOW}&status=RAISED`)).text();
    const preamble = text.split("\r\n").filter((line) => line.startsWith("#"));
    expect(preamble).toEqual([
      `# Dialogue Tracker: ${name}: status at each round`,
      `# Filters: Rounds: Human Rights Dialogue; dated 2095-01-01 to 2099-12-31; current status: raised; changes at ${name} 2097-05-01 against ${name} 2096-05-01`,
      expect.stringMatching(/^# Exported: \d{4}-\d{2}-\d{2}T.* from http:\/\/localhost\/api\/v1\/themes\/.*status=RAISED/),
    ]);
  });

  it("names the rounds compared in the file and its name when the reader chose them", async () => {
    await actAs("VIEWER");
    const [r1, r2] = await db.round.findMany({ where: { title: { startsWith: name } }, orderBy: { startDate: "asc" }, select: { id: true } });
    const response = await call("changes", `${WINDOW}&at=${r2!.id}&against=${r1!.id}&format=json`);
    expect(response.headers.get("content-disposition")).toMatch(/-changes-dialogue-from-2095-01-01-to-2099-12-31-changes-2097-vs-2096-\d{4}-\d{2}-\d{2}\.json"$/);
    expect((await response.json()).filters).toMatch(new RegExp(`; changes at ${name} 2097-05-01 against ${name} 2096-05-01$`));
  });

  it("gives the same table as JSON, with the filters and one object per row", async () => {
    await actAs("VIEWER");
    const response = await call("matrix", `${WINDOW}&format=json`);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/-matrix-dialogue-from-2095-01-01-to-2099-12-31-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = await response.json();
    expect(body).toMatchObject({ title: `${name}: status at each round`, filters: expect.stringContaining("dated 2095-01-01 to 2099-12-31") });
    expect(body.columns).toEqual(["Concern ID", "Concern URL", "Concern", "Current status", "2096 2096-05-01", "2097 2097-05-01"]);
    expect(body.rows).toContainEqual({
      "Concern ID": ids.quoted,
      "Concern URL": concernUrl(ids.quoted!),
      Concern: 'Say "no", twice',
      "Current status": "In progress",
      "2096 2096-05-01": "Raised",
      "2097 2097-05-01": "In progress",
    });
  });

  it("gives the same table as an Excel workbook, with the filters on an About sheet", async () => {
    await actAs("VIEWER");
    const response = await call("matrix", `${WINDOW}&format=xlsx`);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toMatch(/\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const data = workbook.getWorksheet("Data")!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(["Concern ID", "Concern URL", "Concern", "Current status", "2096 2096-05-01", "2097 2097-05-01"]);
    const rows = data.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    // Formula-like text stays text: the cell holds the title, not a formula.
    expect(rows.map((row) => row[2])).toEqual(["=SUM(A1)", "Done", 'Say "no", twice']);
    expect(rows[0]![0]).toBe(ids.formula);
    expect(data.getCell("B2").value).toMatchObject({ text: concernUrl(ids.formula!), hyperlink: concernUrl(ids.formula!) });
    const about = workbook.getWorksheet("About")!;
    expect(about.getCell("B2").value).toBe(`Rounds: Human Rights Dialogue; dated 2095-01-01 to 2099-12-31; all statuses; changes at ${name} 2097-05-01 against ${name} 2096-05-01`);
  });

  it("refuses an unknown format with a 400 that names the formats", async () => {
    await actAs("VIEWER");
    const response = await call("matrix", `${WINDOW}&format=pdf`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual({ format: ["format must be one of csv, json, xlsx."] });
  });

  it("exports the lists, honouring the status filter", async () => {
    await actAs("VIEWER");
    const changes = await (await call("changes", `${WINDOW}&status=IN_PROGRESS`)).text();
    expect(changes).toContain(`${ids.quoted},${concernUrl(ids.quoted!)},"Say ""no"", twice",Improved,Raised,In progress`);
    expect(changes).not.toContain("Done");
    const open = await (await call("longest-open")).text();
    expect(open).toContain(`${ids.quoted},${concernUrl(ids.quoted!)},"Say ""no"", twice",2096-05-01,${name} 2096-05-01,2,1,In progress`);
    expect(open).not.toContain(",Done,");
    const mix = await (await call("mix")).text();
    expect(mix).toContain(`${name} 2097-05-01,2097-05-01,1,0,1,1,0,0,3`);
  });

  it("exports every piece of evidence, language-tagged, with its translation", async () => {
    await actAs("VIEWER");
    const status = await db.statusAssessment.findFirstOrThrow({ where: { concernId: ids.done, status: "RESOLVED" }, select: { id: true, roundId: true } });
    const russian = await db.sourceDocument.create({
      data: { title: "Пресс-релиз", publisher: "Kazinform", publishedOn: new Date("2097-05-02"), language: "ru", text: "ЕС приветствовал итог", rounds: { create: { roundId: status.roundId } } },
      select: { id: true },
    });
    await db.statusEvidence.create({ data: { statusId: status.id, documentId: russian.id, quote: "ЕС приветствовал итог", translation: "The EU welcomed the outcome" } });
    const response = await call("evidence");
    expect(response.headers.get("content-disposition")).toMatch(/-evidence-dialogue-from-2095-01-01-to-2099-12-31-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      "Concern ID,Concern URL,Concern,Round ID,Round URL,Round,Round date,Status,Quote,Language,Translation,Document ID,Document URL,Document,Document's own URL",
    );
    const [r1, r2] = await db.round.findMany({ where: { title: { startsWith: name } }, orderBy: { startDate: "asc" }, select: { id: true } });
    const doneUrl = concernUrl(ids.done!);
    const roundCells = (round: { id: number }, date: string) => `${round.id},http://localhost/rounds/${round.id},${name} ${date},${date}`;
    const documentCells = (id: number, title: string) => `${id},http://localhost/documents/${id},${title},`;
    const english = await db.sourceDocument.findFirstOrThrow({ where: { evidence: { some: { statusId: status.id } }, language: "en" }, select: { id: true } });
    expect(lines.filter((l) => l.startsWith(`${ids.done},${doneUrl},Done,`))).toEqual([
      `${ids.done},${doneUrl},Done,${roundCells(r1!, "2096-05-01")},Raised,q,en,,${documentCells(english.id, "Press release")}`,
      `${ids.done},${doneUrl},Done,${roundCells(r2!, "2097-05-01")},Resolved,q,en,,${documentCells(english.id, "Press release")}`,
      `${ids.done},${doneUrl},Done,${roundCells(r2!, "2097-05-01")},Resolved,ЕС приветствовал итог,ru,The EU welcomed the outcome,${documentCells(russian.id, "Пресс-релиз")}`,
    ]);
  });

  it("answers 400 for an unknown list or a bad date, 404 for an unknown theme", async () => {
    await actAs("VIEWER");
    expect((await call("everything")).status).toBe(400);
    expect((await call("matrix", `${WINDOW}&format=`)).status).toBe(400);
    expect((await call("matrix", "from=yesterday")).status).toBe(400);
    expect((await call("changes", `${WINDOW}&at=abc`)).status).toBe(400);
    expect((await call("changes", `${WINDOW}&against=2147483647`)).status).toBe(400);
    expect((await call("matrix", WINDOW, "no-such-theme")).status).toBe(404);
  });
});

describe("dashboard CSV export", () => {
  it("has one line per theme and a total line", async () => {
    await actAs("VIEWER");
    const response = await dashboardCsv(new Request(`http://localhost/api/v1/dashboard/export?${WINDOW}`), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const text = await response.text();
    // 3 concerns: 1 raised, 1 in progress, 1 resolved; at 2097: 1 newly raised, 2 improved (one to resolved).
    expect(text).toContain(`${name},3,1,0,1,1,0,0,0,1,2,0,0,0,0,0,0`);
    expect(text).toContain(`Newly raised, ${name} 2096-05-01 to ${name} 2097-05-01`);
    expect(text).toMatch(/\r\nAll themes,\d+,/);
  });
});
