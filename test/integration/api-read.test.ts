import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as concernRoute } from "@/app/api/v1/concerns/[id]/route";
import { GET as concernsRoute } from "@/app/api/v1/concerns/route";
import { GET as documentRoute } from "@/app/api/v1/documents/[id]/route";
import { GET as documentsRoute } from "@/app/api/v1/documents/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as roundsRoute } from "@/app/api/v1/rounds/route";
import { GET as statusesRoute } from "@/app/api/v1/statuses/route";
import { GET as themesRoute } from "@/app/api/v1/themes/route";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { db } from "@/lib/db";
import { makeFixture, PRESS_RELEASE } from "@/test/integration/fixtures";
import { makeCase, personName } from "@/test/integration/case-fixtures";
import { actAs, expectBadParameter, unique } from "@/test/integration/helpers";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const get = (handler: Handler, url: string, params: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });

let fixture: Awaited<ReturnType<typeof makeFixture>>;
const quote = PRESS_RELEASE.split("\n")[2]!;

beforeAll(async () => {
  fixture = await makeFixture();
  await db.concernAlias.deleteMany({ where: { concernId: fixture.concern.id } });
  await db.statusAssessment.create({
    data: { concernId: fixture.concern.id, roundId: fixture.round.id, status: "IN_PROGRESS", evidence: { create: { quote, documentId: fixture.document.id } } },
  });
  // Two more concerns of the fixture's theme, for paging.
  for (const n of [1, 2]) await db.concern.create({ data: { title: unique(`Paged concern ${n}`), themeId: fixture.theme.id } });
  await actAs("VIEWER");
});

describe("read API", () => {
  it("lists concerns of a theme with their current status and page URL, a page at a time until nextCursor is null", async () => {
    const seen: { id: number; currentStatus: string | null; url: string }[] = [];
    let url: string | null = `/api/v1/concerns?theme=${fixture.theme.id}&limit=2`;
    let pages = 0;
    while (url) {
      const response = await get(concernsRoute as Handler, url);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items);
      url = body.links.next ? new URL(body.links.next).pathname + new URL(body.links.next).search : null;
      if (body.links.next) expect(body.nextCursor).toBe(String(body.items.at(-1).id));
      pages++;
    }
    expect(pages).toBe(2);
    expect(seen.map((c) => c.id)).toEqual([...seen.map((c) => c.id)].sort((a, b) => a - b));
    expect(seen).toHaveLength(3);
    expect(seen.find((c) => c.id === fixture.concern.id)).toMatchObject({ currentStatus: "IN_PROGRESS", url: `http://localhost/concerns/${fixture.concern.id}` });
  });

  it("filters concerns by current status, as the concerns page does", async () => {
    const body = await (await get(concernsRoute as Handler, `/api/v1/concerns?theme=${fixture.theme.id}&status=NONE`)).json();
    expect(body.items).toHaveLength(2);
    expect(body.items.every((c: { currentStatus: string | null }) => c.currentStatus === null)).toBe(true);
  });

  it("gives a concern with its statuses and their verbatim evidence, and a status list filtered by round", async () => {
    const concern = await (await get(concernRoute as Handler, `/api/v1/concerns/${fixture.concern.id}`, { id: String(fixture.concern.id) })).json();
    expect(concern.statuses).toEqual([
      expect.objectContaining({
        roundId: fixture.round.id,
        status: "IN_PROGRESS",
        evidence: [expect.objectContaining({ quote, documentId: fixture.document.id, language: "en" })],
        url: `http://localhost/concerns/${fixture.concern.id}#round-${fixture.round.id}`,
      }),
    ]);
    const statuses = await (await get(statusesRoute as Handler, `/api/v1/statuses?round=${fixture.round.id}`)).json();
    expect(statuses.items.map((s: { concernId: number }) => s.concernId)).toEqual([fixture.concern.id]);
  });

  it("gives documents with their rounds, and a document's full text", async () => {
    const list = await (await get(documentsRoute as Handler, `/api/v1/documents?round=${fixture.round.id}`)).json();
    expect(list.items).toEqual([expect.objectContaining({ id: fixture.document.id, roundIds: [fixture.round.id], publishedOn: "2030-01-16", url: `http://localhost/documents/${fixture.document.id}` })]);
    expect(list.items[0]).not.toHaveProperty("text");
    const one = await (await get(documentRoute as Handler, `/api/v1/documents/${fixture.document.id}`, { id: String(fixture.document.id) })).json();
    expect(one.text).toBe(PRESS_RELEASE);
  });

  it("filters rounds by kind and dates, and themes list their concern counts", async () => {
    const rounds = await (await get(roundsRoute as Handler, "/api/v1/rounds?kind=OTHER_ENGAGEMENT&from=2030-01-15&to=2030-01-15&limit=200")).json();
    expect(rounds.items.map((r: { id: number }) => r.id)).toContain(fixture.round.id);
    expect(rounds.items.every((r: { startDate: string; kind: string }) => r.startDate === "2030-01-15" && r.kind === "OTHER_ENGAGEMENT")).toBe(true);
    const themes = await (await get(themesRoute as Handler, "/api/v1/themes?limit=200")).json();
    expect(themes.items.find((t: { id: number }) => t.id === fixture.theme.id)).toMatchObject({ concernCount: 3 });
  });

  it.each([
    ["empty", "/api/v1/concerns?limit=", "limit"],
    ["wrong type", "/api/v1/concerns?limit=ten", "limit"],
    ["out of range", "/api/v1/concerns?limit=201", "limit"],
    ["oversized", `/api/v1/concerns?q=${"x".repeat(201)}`, "q"],
    ["a NUL byte", "/api/v1/concerns?q=a%00b", "q"],
    ["a direction override", "/api/v1/concerns?q=a%E2%80%AEb", "q"],
    ["unknown", "/api/v1/concerns?colour=blue", "colour"],
    ["given twice", "/api/v1/concerns?theme=1&theme=2", "theme"],
    ["beyond any id", "/api/v1/statuses?concern=9999999999", "concern"],
    ["a cursor beyond any id", "/api/v1/statuses?cursor=2147483648", "cursor"],
    ["not a cursor", "/api/v1/statuses?cursor=abc", "cursor"],
    ["not a status", "/api/v1/statuses?status=GOOD", "status"],
    ["not a date", "/api/v1/rounds?from=2020-02-30", "from"],
    ["not a language", "/api/v1/documents?language=english!", "language"],
  ])("answers a parameter that is %s with a 400 problem naming it", async (_kind, url, name) => {
    const route = url.includes("/statuses") ? statusesRoute : url.includes("/rounds") ? roundsRoute : url.includes("/documents") ? documentsRoute : concernsRoute;
    await expectBadParameter(await get(route as Handler, url), name);
  });

  it("publishes a document that is valid OpenAPI 3.1 by the specification's own JSON schema", async () => {
    const document = await (await get(openApiRoute as Handler, "/api/v1/openapi.json")).json();
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does reject a document the specification does not allow.
    const { info: _info, ...withoutInfo } = structuredClone(document);
    expect((await new Validator().validate(withoutInfo)).valid).toBe(false);
    const badResponse = structuredClone(document);
    badResponse.paths["/api/v1/concerns"].get.responses["200"] = { content: {} };
    expect((await new Validator().validate(badResponse)).valid).toBe(false);
  });

  it("answers a bad or unknown id with 400 or 404 problems", async () => {
    for (const id of ["0", "1e3", "abc", "2147483648"]) {
      expect((await get(concernRoute as Handler, `/api/v1/concerns/${id}`, { id })).status, id).toBe(400);
    }
    const missing = await get(concernRoute as Handler, "/api/v1/concerns/2147483647", { id: "2147483647" });
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toMatch(/no concern 2147483647/);
  });

  it("publishes an OpenAPI 3.1 document listing every route, downloads and the popover's included", async () => {
    const document = await (await get(openApiRoute as Handler, "/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    const documented = Object.keys(document.paths).sort();
    expect(documented).toEqual(ENDPOINTS.map((e) => e.path).sort());
    // Every route under app/api/v1 is documented, but for the document itself and the answer to unknown paths.
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (entry.name === "route.ts") routes.push(dir);
      }
    };
    const root = path.resolve(import.meta.dirname, "../../app");
    walk(path.join(root, "api/v1"));
    const asPaths = routes.map((dir) => "/" + path.relative(root, dir).replace(/\[(\w+)\]/g, "{$1}")).filter((p) => p !== "/api/v1/openapi.json" && p !== "/api/v1/[...path]");
    expect(asPaths.sort()).toEqual(documented);
    const concerns = document.paths["/api/v1/concerns"].get;
    expect(concerns.parameters.map((p: { name: string }) => p.name)).toEqual(["limit", "cursor", "theme", "status", "round", "q"]);
    expect(concerns.parameters.find((p: { name: string }) => p.name === "status").schema.enum).toContain("NONE");
    expect(concerns.responses["200"].content["application/json"].schema.properties.items.items.properties.currentStatus).toBeDefined();
    expect(concerns.responses["400"].content["application/problem+json"]).toBeDefined();

    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    for (const download of ["/api/v1/dashboard/export", "/api/v1/themes/{slug}/export", "/api/v1/cases/export"]) {
      expect(Object.keys(document.paths[download].get.responses["200"].content).sort(), download).toEqual(["application/json", xlsx, "text/csv"]);
    }
    const briefing = document.paths["/api/v1/briefing/export"].get;
    expect(Object.keys(briefing.responses["200"].content).sort()).toEqual(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
    expect(briefing.parameters.map((p: { name: string }) => p.name)).toEqual(["format", "themes", "round", "include"]);
    const theme = document.paths["/api/v1/themes/{slug}/export"].get;
    expect(theme.parameters[0]).toMatchObject({ name: "slug", in: "path", required: true, schema: { type: "string" } });
    expect(theme.parameters.find((p: { name: string }) => p.name === "kind")).toMatchObject({ explode: true, schema: { type: "array", items: { enum: expect.arrayContaining(["JHA_SUBCOMMITTEE"]) } } });
    const popover = document.paths["/api/v1/statuses/{id}"].get;
    expect(popover.parameters).toEqual([expect.objectContaining({ name: "id", in: "path" })]);
    expect(Object.keys(popover.responses["200"].content["application/json"].schema.properties)).toEqual(["id", "status", "evidence", "concern", "round", "cases"]);
  });
});

describe("read API: individual cases", () => {
  it("shows a sensitive case to a viewer only by its label, in the list, the record and a search by name; an analyst sees all", async () => {
    const { GET: casesRoute } = await import("@/app/api/v1/cases/route");
    const { GET: caseRoute } = await import("@/app/api/v1/cases/[id]/route");
    const name = personName();
    const hidden = await makeCase({ personName: name, sensitive: true, summary: `Blogger ${name}, detained.`, spellings: [`${name} (alt)`] });
    const situation = await db.caseSituationRecord.create({
      data: { caseId: hidden.id, situation: "DETAINED", asOf: new Date("2030-01-10"), note: `Seen by ${name}'s lawyer`, evidence: { create: { quote, documentId: fixture.document.id } } },
    });
    expect(situation.id).toBeGreaterThan(0);
    const cursorBefore = hidden.id - 1;

    await actAs("VIEWER");
    const list = await (await get(casesRoute as Handler, `/api/v1/cases?cursor=${cursorBefore}&limit=1`)).json();
    expect(list.items[0]).toMatchObject({ id: hidden.id, name: `Case ${hidden.id}`, identityHidden: true, situation: "DETAINED", url: `http://localhost/cases/${hidden.id}` });
    const one = await (await get(caseRoute as Handler, `/api/v1/cases/${hidden.id}`, { id: String(hidden.id) })).json();
    expect(one).toMatchObject({ name: `Case ${hidden.id}`, spellings: [], summary: "", situations: [{ situation: "DETAINED", note: "", evidence: [] }] });
    expect(JSON.stringify([list, one])).not.toContain(name);
    const search = await (await get(casesRoute as Handler, `/api/v1/cases?q=${encodeURIComponent(name)}`)).json();
    expect(search.items).toEqual([]);

    await actAs("ANALYST");
    const seen = await (await get(caseRoute as Handler, `/api/v1/cases/${hidden.id}`, { id: String(hidden.id) })).json();
    expect(seen).toMatchObject({ name, identityHidden: false, spellings: [`${name} (alt)`], situations: [{ evidence: [{ quote }] }] });
    const found = await (await get(casesRoute as Handler, `/api/v1/cases?q=${encodeURIComponent(name)}`)).json();
    expect(found.items.map((c: { id: number }) => c.id)).toEqual([hidden.id]);
    await actAs("VIEWER");
  });

  it("pages through more than a thousand cases, and a situation filter across them, without stopping early", async () => {
    const { GET: casesRoute } = await import("@/app/api/v1/cases/route");
    const token = unique("manycases").replace(/\W/g, "");
    const made = await db.individualCase.createManyAndReturn({
      data: Array.from({ length: 1100 }, (_, i) => ({ personName: `${token} person ${i}`, summary: `Listed in ${token}.` })),
      select: { id: true },
    });
    const released = made.filter((_, i) => i % 5 === 0);
    for (const c of released) {
      await db.caseSituationRecord.create({
        data: { caseId: c.id, situation: "RELEASED", asOf: new Date("2030-03-01"), evidence: { create: { quote, documentId: fixture.document.id } } },
      });
    }
    const collect = async (first: string) => {
      const ids: number[] = [];
      for (let url: string | null = first; url; ) {
        const body = await (await get(casesRoute as Handler, url)).json();
        ids.push(...body.items.map((c: { id: number }) => c.id));
        url = body.links.next ? new URL(body.links.next).pathname + new URL(body.links.next).search : null;
      }
      return ids;
    };
    expect(await collect(`/api/v1/cases?q=${token}&limit=200`)).toEqual(made.map((c) => c.id));
    expect(await collect(`/api/v1/cases?q=${token}&situation=RELEASED&limit=50`)).toEqual(released.map((c) => c.id));
  });
});
