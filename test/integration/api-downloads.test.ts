// The downloads under /api/v1 read their query strictly (the pages that offer
// them stay lenient): a bad parameter is a 400 problem naming it, and the links
// the pages build, filters and all, still download.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as briefingRoute } from "@/app/api/v1/briefing/export/route";
import { GET as casesRoute } from "@/app/api/v1/cases/export/route";
import { GET as dashboardRoute } from "@/app/api/v1/dashboard/export/route";
import { GET as themeRoute } from "@/app/api/v1/themes/[slug]/export/route";
import { caseFiltersToSearchParams, parseCaseFilters } from "@/lib/data/cases";
import { db } from "@/lib/db";
import { EXPORT_FORMATS, exportHref, FILE_MEDIA_TYPES } from "@/lib/domain/export-file";
import { filtersToSearchParams, parseDashboardFilters } from "@/lib/validation/dashboard";
import { makeCase } from "@/test/integration/case-fixtures";
import { actAs, expectBadParameter, slugOf, unique } from "@/test/integration/helpers";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let slug = "";
let themeId = 0;
let rounds: { dialogue: number; other: number } = { dialogue: 0, other: 0 };

beforeAll(async () => {
  const name = unique("Download theme");
  slug = slugOf(name);
  themeId = (await db.theme.create({ data: { slug, name }, select: { id: true } })).id;
  const round = (kind: "HUMAN_RIGHTS_DIALOGUE" | "OTHER_ENGAGEMENT", day: string) =>
    db.round.create({ data: { kind, title: unique(`Download round ${day}`), startDate: new Date(`${day}T00:00:00Z`) }, select: { id: true } });
  rounds = { dialogue: (await round("HUMAN_RIGHTS_DIALOGUE", "2091-03-01")).id, other: (await round("OTHER_ENGAGEMENT", "2091-09-01")).id };
  const documentId = (await db.sourceDocument.create({ data: { title: "Press release", publisher: "EEAS", text: "The EU raised it." }, select: { id: true } })).id;
  const evidence = { create: { quote: "The EU raised it.", documentId } };
  const concern = await db.concern.create({
    data: {
      title: unique("Download concern"),
      themeId,
      statusAssessments: { create: [{ roundId: rounds.dialogue, status: "RAISED", evidence }, { roundId: rounds.other, status: "IN_PROGRESS", evidence }] },
    },
    select: { id: true },
  });
  const person = await makeCase({});
  await db.concernCase.create({ data: { concernId: concern.id, caseId: person.id } });
  await db.caseRound.create({ data: { caseId: person.id, roundId: rounds.dialogue, evidence } });
  await actAs("VIEWER");
});

const routeFor = (url: string): [Handler, Record<string, string>] =>
  url.startsWith("/api/v1/themes/")
    ? [themeRoute as Handler, { slug: url.split("/")[4]! }]
    : url.startsWith("/api/v1/cases/")
      ? [casesRoute as Handler, {}]
      : url.startsWith("/api/v1/briefing/")
        ? [briefingRoute as Handler, {}]
        : [dashboardRoute as Handler, {}];

const get = (url: string) => {
  const [handler, params] = routeFor(url);
  return handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
};

describe("downloads: strict queries", () => {
  it.each([
    ["unknown", "/api/v1/dashboard/export?colour=blue", "colour"],
    ["empty", "/api/v1/dashboard/export?format=", "format"],
    ["not a format", "/api/v1/dashboard/export?format=pdf", "format"],
    ["not a kind", "/api/v1/dashboard/export?kind=HUMAN_RIGHTS_DIALOGUE&kind=SUMMIT", "kind"],
    ["an empty status", "/api/v1/dashboard/export?status=", "status"],
    ["oversized", `/api/v1/dashboard/export?${"status=RAISED&".repeat(7)}`, "status"],
    ["not a date", "/api/v1/dashboard/export?from=2091-02-30", "from"],
    ["before from", "/api/v1/dashboard/export?from=2091-05-01&to=2091-04-01", "to"],
    ["not a round id", "/api/v1/dashboard/export?at=abc", "at"],
    ["given twice", "/api/v1/dashboard/export?from=2091-01-01&from=2091-02-01", "from"],
    ["unknown", "/api/v1/themes/SLUG/export?page=2", "page"],
    ["not a list", "/api/v1/themes/SLUG/export?list=everything", "list"],
    ["before from", "/api/v1/themes/SLUG/export?from=2091-05-01&to=2091-04-01", "to"],
    ["given twice", "/api/v1/themes/SLUG/export?list=matrix&list=mix", "list"],
    ["empty", "/api/v1/themes/SLUG/export?against=", "against"],
    ["beyond any id", "/api/v1/themes/SLUG/export?against=2147483648", "against"],
    ["unknown", "/api/v1/cases/export?limit=10", "limit"],
    ["empty", "/api/v1/cases/export?q=", "q"],
    ["oversized", `/api/v1/cases/export?q=${"x".repeat(201)}`, "q"],
    ["not a situation", "/api/v1/cases/export?situation=FREE", "situation"],
    ["not a theme id", "/api/v1/cases/export?theme=1.5", "theme"],
    ["given twice", "/api/v1/cases/export?round=1&round=2", "round"],
    ["unknown", "/api/v1/briefing/export?format=pdf&themes=x&colour=blue", "colour"],
  ])("answers a parameter that is %s (%s) with a 400 problem naming it", async (_kind, url, name) => {
    await expectBadParameter(await get(url.replace("SLUG", slug)), name);
  });

  it("names at when it is not among the rounds in view", async () => {
    const response = await get(`/api/v1/dashboard/export?from=2091-01-01&to=2091-12-31&at=${rounds.other}`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual({ at: [expect.stringMatching(/not among the rounds in view/)] });
  });
});

describe("downloads: the links the pages offer", () => {
  // What the dashboard and theme pages build from a URL with every filter set, and the cases page from its own.
  const dashboardQuery = () =>
    filtersToSearchParams(
      parseDashboardFilters({
        kind: ["OTHER_ENGAGEMENT", "HUMAN_RIGHTS_DIALOGUE"],
        status: ["RAISED", "IN_PROGRESS"],
        from: "2091-01-01",
        to: "2091-12-31",
        at: String(rounds.other),
        against: String(rounds.dialogue),
      }).filters,
    );

  it("downloads the dashboard's and a theme's figures with every filter set, in every format", async () => {
    const hrefs = [`/api/v1/dashboard/export?${dashboardQuery()}`, `/api/v1/themes/${slug}/export?${filtersToSearchParams(parseDashboardFilters({}).filters, { list: "changes" })}`];
    hrefs.push(`/api/v1/themes/${slug}/export?${filtersToSearchParams(parseDashboardFilters({ kind: "OTHER_ENGAGEMENT" }).filters, { list: "matrix" })}`);
    for (const href of hrefs) {
      for (const format of EXPORT_FORMATS) {
        const response = await get(exportHref(href, format));
        expect(response.status, `${href} ${format}: ${await response.clone().text()}`).toBe(200);
        expect(response.headers.get("content-type")).toContain(FILE_MEDIA_TYPES[format]);
      }
    }
    const changes = await (await get(exportHref(`/api/v1/themes/${slug}/export?${dashboardQuery()}&list=changes`, "json"))).json();
    expect(changes.filters).toMatch(/2091-01-01/);
    expect(changes.rows).toHaveLength(1);
  });

  it("downloads the cases with every filter the list offers", async () => {
    const filters = parseCaseFilters({ q: "  someone ", situation: "DETAINED", theme: String(themeId), round: String(rounds.dialogue), page: "2", utm: "x" });
    const href = `/api/v1/cases/export?${caseFiltersToSearchParams(filters)}`;
    expect(href).not.toContain("utm");
    for (const format of EXPORT_FORMATS) {
      const response = await get(exportHref(href, format));
      expect(response.status, await response.clone().text()).toBe(200);
    }
    const all = await (await get(exportHref(`/api/v1/cases/export?${caseFiltersToSearchParams({ themeId, roundId: rounds.dialogue })}`, "json"))).json();
    expect(all.rows).toHaveLength(1);
  });
});
