// GET /api/v1/statuses/[id]: the quote a dashboard matrix cell opens.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/statuses/[id]/route";
import { MATRIX_QUOTE_CHARS } from "@/lib/data/statuses";
import { db } from "@/lib/db";
import { actAs, unique, slugOf } from "@/test/integration/helpers";

let longId = 0;
let shortId = 0;
const LONG_QUOTE = `${"The EU called for prompt investigations. ".repeat(10)}🇰🇿 end.`;

beforeAll(async () => {
  const tag = unique("Quote API");
  const theme = await db.theme.create({ data: { slug: slugOf(tag), name: tag }, select: { id: true } });
  const document = await db.sourceDocument.create({ data: { title: `${tag} release`, publisher: "EEAS", publishedOn: new Date("2088-01-02"), text: LONG_QUOTE }, select: { id: true } });
  const round = await db.round.create({ data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: `${tag} round`, startDate: new Date("2088-01-01T00:00:00Z") }, select: { id: true } });
  const concern = (title: string) => db.concern.create({ data: { title: `${tag} ${title}`, themeId: theme.id }, select: { id: true } });
  const [long, short] = [await concern("long"), await concern("short")];
  longId = (await db.statusAssessment.create({ data: { concernId: long.id, roundId: round.id, status: "NO_PROGRESS", evidence: { create: { quote: LONG_QUOTE, documentId: document.id } } }, select: { id: true } })).id;
  shortId = (await db.statusAssessment.create({ data: { concernId: short.id, roundId: round.id, status: "NOT_RAISED" }, select: { id: true } })).id;
});

const call = (id: string) => GET(new Request(`http://localhost/api/v1/statuses/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/v1/statuses/[id]", () => {
  it("gives a viewer the status, its quote cut for the popover, its source, concern and round", async () => {
    await actAs("VIEWER");
    const response = await call(String(longId));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ id: longId, status: "NO_PROGRESS", round: { startDate: "2088-01-01" } });
    expect(body.evidence).toEqual([{ quote: expect.any(String), quoteCut: true, translation: "", documentTitle: expect.stringMatching(/release$/), language: "en" }]);
    expect([...body.evidence[0].quote]).toHaveLength(MATRIX_QUOTE_CHARS);
    expect(LONG_QUOTE.startsWith(body.evidence[0].quote)).toBe(true);
    expect(body.concern.title).toMatch(/ long$/);
  });

  it("answers a NOT_RAISED status with no quote and no source", async () => {
    await actAs("VIEWER");
    const body = await (await call(String(shortId))).json();
    expect(body).toMatchObject({ status: "NOT_RAISED", evidence: [] });
  });

  it("answers 404 for a status that does not exist and 400 for an id that is not one", async () => {
    await actAs("VIEWER");
    const missing = await call("999999999");
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toMatch(/no longer exists/);
    const bad = await call("12abc");
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe("VALIDATION");
  });

  it("refuses an anonymous caller", async () => {
    await actAs(null);
    expect((await call(String(longId))).status).toBe(401);
  });
});
