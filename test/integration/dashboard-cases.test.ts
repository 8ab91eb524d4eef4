// Individual cases on the dashboard: its totals count them (the theme page's
// rules, caseHighlights), and a matrix cell's popover (GET /api/v1/statuses/[id])
// names the concern's cases, a sensitive one by its label only for a viewer.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/statuses/[id]/route";
import { countCases, listCases } from "@/lib/data/cases";
import { getDashboardOverview } from "@/lib/data/dashboard";
import { db } from "@/lib/db";
import { caseHighlights, caseLabel } from "@/lib/domain/cases";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { makeCase, personName } from "@/test/integration/case-fixtures";
import { actAs, slugOf, unique } from "@/test/integration/helpers";

const fx = { statusId: 0, rounds: [] as { id: number; startDate: string }[], publicCase: { id: 0, name: "" }, hiddenCase: { id: 0, name: "" } };

beforeAll(async () => {
  const tag = unique("Dashboard cases");
  const theme = await db.theme.create({ data: { slug: slugOf(tag), name: tag }, select: { id: true } });
  const document = await db.sourceDocument.create({
    data: { title: `${tag} release`, publisher: "EEAS", publishedOn: new Date("2195-01-01"), text: "Cases." },
    select: { id: true },
  });
  for (const year of [2193, 2194]) {
    const round = await db.round.create({ data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: `${tag} ${year}`, startDate: new Date(Date.UTC(year, 5, 1)) }, select: { id: true } });
    fx.rounds.push({ id: round.id, startDate: `${year}-06-01` });
  }
  const [earlier, later] = [fx.rounds[0]!, fx.rounds[1]!];
  const concern = await db.concern.create({ data: { title: `${tag} concern`, themeId: theme.id }, select: { id: true } });
  fx.statusId = (await db.statusAssessment.create({
    data: { concernId: concern.id, roundId: later.id, status: "NO_PROGRESS", evidence: { create: { quote: "Cases.", documentId: document.id } } },
    select: { id: true },
  })).id;
  const evidence = { create: { quote: "Cases.", documentId: document.id } };
  // Public: raised at both rounds, situation unchanged since 2193. Hidden: raised at the later round, released in 2194.
  // A third, linked to nothing here, was raised at the earlier round only.
  const publicCase = await makeCase({ personName: personName() });
  const hiddenCase = await makeCase({ personName: personName(), sensitive: true });
  const other = await makeCase();
  for (const [caseId, roundId] of [[publicCase.id, earlier.id], [publicCase.id, later.id], [hiddenCase.id, later.id], [other.id, earlier.id]] as const) {
    await db.caseRound.create({ data: { caseId, roundId, evidence } });
  }
  await db.caseSituationRecord.create({ data: { caseId: publicCase.id, situation: "IN_PRISON", asOf: new Date("2193-01-01"), evidence } });
  await db.caseSituationRecord.create({ data: { caseId: hiddenCase.id, situation: "RELEASED", asOf: new Date("2194-07-01"), evidence } });
  await db.concernCase.createMany({ data: [{ concernId: concern.id, caseId: publicCase.id }, { concernId: concern.id, caseId: hiddenCase.id }] });
  fx.publicCase = { id: publicCase.id, name: publicCase.personName };
  fx.hiddenCase = { id: hiddenCase.id, name: hiddenCase.personName };
});

describe("dashboard totals", () => {
  it("count the cases raised at the later compared round and those whose situation changed since the earlier one, as the theme page does", async () => {
    const [earlier, later] = [fx.rounds[0]!, fx.rounds[1]!];
    const { filters } = parseDashboardFilters({ from: "2193-01-01", to: "2194-12-31" });
    const overview = await getDashboardOverview(filters);
    expect(overview.compared).toMatchObject({ at: { id: later.id }, against: { id: earlier.id } });
    expect(overview.cases).toMatchObject({ raisedAt: 2, changedSince: 1 });
    expect(overview.cases.total).toBeGreaterThanOrEqual(3);
    // One rule with the theme page's lists, whose counts include the sensitive case.
    const all = await listCases({}, { role: "VIEWER" });
    const lists = caseHighlights(all, { id: later.id }, { startDate: new Date(earlier.startDate) });
    expect(await countCases({ id: later.id }, earlier)).toEqual({
      total: all.length,
      raisedAt: lists.raisedAtLatest.length,
      changedSince: lists.changedSincePrevious.length,
    });
  });
});

describe("the matrix popover", () => {
  const call = (id: number) => GET(new Request(`http://localhost/api/v1/statuses/${id}`), { params: Promise.resolve({ id: String(id) }) });

  it("names the concern's cases to an analyst", async () => {
    await actAs("ANALYST");
    const body = await (await call(fx.statusId)).json();
    expect(body.cases).toEqual(expect.arrayContaining([fx.publicCase, fx.hiddenCase]));
    expect(body.cases).toHaveLength(2);
  });

  it("gives a viewer a sensitive case's label, never its name", async () => {
    await actAs("VIEWER");
    const response = await call(fx.statusId);
    const text = await response.text();
    expect(JSON.parse(text).cases).toEqual(expect.arrayContaining([fx.publicCase, { id: fx.hiddenCase.id, name: caseLabel(fx.hiddenCase.id) }]));
    expect(text).not.toContain(fx.hiddenCase.name);
  });
});
