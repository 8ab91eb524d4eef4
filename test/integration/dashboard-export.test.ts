// The CSV exports: authorisation, escaping, file names, and the same filters as the pages.
// Own fixture in the late 2090s, away from dashboard.test.ts's rounds.
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

const call = (list: string, query = WINDOW, target = slug) =>
  themeCsv(new Request(`http://localhost/api/v1/themes/${target}/export?list=${list}&${query}`), { params: Promise.resolve({ slug: target }) });

describe("theme CSV export", () => {
  it("refuses anonymous callers with a JSON 401", async () => {
    await actAs(null);
    const response = await call("matrix");
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("gives a viewer the matrix as an attachment with escaped cells", async () => {
    await actAs("VIEWER");
    const response = await call("matrix");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${slug}-matrix-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toEqual([
      "Concern ID,Concern,Current status,2096 2096-05-01,2097 2097-05-01",
      `${ids.formula},'=SUM(A1),Raised,,Raised`, // rows in title order; formula-like text kept as text
      `${ids.done},Done,Resolved,Raised,Resolved`,
      `${ids.quoted},"Say ""no"", twice",In progress,Raised,In progress`,
    ]);
  });

  it("exports the lists, honouring the status filter", async () => {
    await actAs("VIEWER");
    const changes = await (await call("changes", `${WINDOW}&status=IN_PROGRESS`)).text();
    expect(changes).toContain(`${ids.quoted},"Say ""no"", twice",Raised,In progress,improved`);
    expect(changes).not.toContain("Done");
    const open = await (await call("longest-open")).text();
    expect(open).toContain(`${ids.quoted},"Say ""no"", twice",2096-05-01,${name} 2096-05-01,2,1,In progress`);
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
    expect(response.headers.get("content-disposition")).toMatch(/-evidence-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Concern ID,Concern,Round,Round date,Status,Quote,Language,Translation,Document,Document URL");
    expect(lines.filter((l) => l.startsWith(`${ids.done},Done,`))).toEqual([
      `${ids.done},Done,${name} 2096-05-01,2096-05-01,Raised,q,en,,Press release,`,
      `${ids.done},Done,${name} 2097-05-01,2097-05-01,Resolved,q,en,,Press release,`,
      `${ids.done},Done,${name} 2097-05-01,2097-05-01,Resolved,ЕС приветствовал итог,ru,The EU welcomed the outcome,Пресс-релиз,`,
    ]);
  });

  it("answers 400 for an unknown list or a bad date, 404 for an unknown theme", async () => {
    await actAs("VIEWER");
    expect((await call("everything")).status).toBe(400);
    expect((await call("matrix", "from=yesterday")).status).toBe(400);
    expect((await call("matrix", WINDOW, "no-such-theme")).status).toBe(404);
  });
});

describe("dashboard CSV export", () => {
  it("has one line per theme and a total line", async () => {
    await actAs("VIEWER");
    const response = await dashboardCsv(new Request(`http://localhost/api/v1/dashboard/export?${WINDOW}`), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const text = await response.text();
    // 3 concerns: 1 raised, 1 in progress, 1 resolved; at 2097: 1 improved, 1 newly raised, 1 improved (resolved).
    expect(text).toContain(`${name},3,1,0,1,1,0,0,0,2,0,1,0`);
    expect(text).toMatch(/\r\nAll themes,\d+,/);
  });
});
