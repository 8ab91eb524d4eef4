// A sensitive case shows viewers only its label ("Case 7") in every read path:
// the list and its search, the case page's data, the concern page's list, the
// history and the download. Analysts and admins see everything.
import { beforeAll, describe, expect, it } from "vitest";
import { initialActionState } from "@/lib/action-state";
import { addCaseRound, addSituation, linkConcern } from "@/lib/actions/cases";
import { GET as exportCasesRoute } from "@/app/api/v1/cases/export/route";
import { db } from "@/lib/db";
import { getCase, getCaseHistory, listCases, listCasesForConcern } from "@/lib/data/cases";
import { caseText, makeCase, personName } from "@/test/integration/case-fixtures";
import { makeFixture } from "@/test/integration/fixtures";
import { actAs, formData } from "@/test/integration/helpers";

const viewer = { role: "VIEWER" } as const;
const analyst = { role: "ANALYST" } as const;

describe("sensitive cases", () => {
  let hidden: { id: number; personName: string };
  let open: { id: number; personName: string };
  let concernId: number;
  const secretSpelling = personName();
  const secretSummary = "Summary naming the family of the person.";

  beforeAll(async () => {
    const fixture = await makeFixture();
    concernId = fixture.concern.id;
    hidden = await makeCase({ sensitive: true, spellings: [secretSpelling], summary: secretSummary });
    open = await makeCase();
    const text = [hidden, open].flatMap((c) => [caseText.raised(c.personName), caseText.released(c.personName)]).join("\n");
    const document = await db.sourceDocument.create({
      data: { title: "Text naming two people", publisher: "EEAS", text, rounds: { create: { roundId: fixture.round.id } } },
    });
    await actAs("ANALYST");
    for (const c of [hidden, open]) {
      const send = (action: typeof addSituation, fields: Record<string, string | number>) => action(initialActionState, formData(fields));
      expect((await send(addSituation, { caseId: c.id, version: 1, situation: "RELEASED", asOf: "2030-03", quote: caseText.released(c.personName), documentId: document.id, note: `Note on ${c.personName}` })).ok).toBe(true);
      expect((await send(addCaseRound, { caseId: c.id, version: 2, roundId: fixture.round.id, quote: caseText.raised(c.personName), documentId: document.id })).ok).toBe(true);
      expect((await send(linkConcern, { caseId: c.id, version: 3, concernId })).ok).toBe(true);
    }
  });

  const leaks = (value: unknown) => {
    const json = JSON.stringify(value);
    return [hidden.personName, secretSpelling, secretSummary, ...hidden.personName.split(" ")].filter((secret) => json.includes(secret));
  };

  it("shows viewers the list entry as its label, with its situation and rounds", async () => {
    const rows = await listCases({}, viewer);
    const row = rows.find((r) => r.id === hidden.id);
    expect(row).toMatchObject({ name: `Case ${hidden.id}`, identityHidden: true, situation: "RELEASED", rounds: [expect.anything()] });
    expect(leaks(rows)).toEqual([]);
    expect(rows.find((r) => r.id === open.id)?.name).toBe(open.personName);
  });

  it("does not let a viewer find a sensitive case by its name or spellings, only by its label", async () => {
    expect(await listCases({ q: hidden.personName }, viewer)).toEqual([]);
    expect(await listCases({ q: secretSpelling }, viewer)).toEqual([]);
    expect((await listCases({ q: `Case ${hidden.id}` }, viewer)).map((r) => r.id)).toEqual([hidden.id]);
    expect((await listCases({ q: secretSpelling }, analyst)).map((r) => r.id)).toEqual([hidden.id]);
    expect(await listCases({ q: "Case 99999999999" }, viewer)).toEqual([]);
  });

  it("gives viewers the case without name, spellings, summary, notes, quotes or history", async () => {
    const seen = await getCase(hidden.id, viewer);
    expect(seen).toMatchObject({ name: `Case ${hidden.id}`, personName: "", spellings: [], summary: "", identityHidden: true });
    expect(seen?.situations[0]).toMatchObject({ situation: "RELEASED", note: "", evidence: [] });
    expect(seen?.rounds[0]).toMatchObject({ evidence: [] });
    expect(leaks(seen)).toEqual([]);
    expect(await getCaseHistory(hidden.id, viewer)).toBeNull();
    expect(leaks(await listCasesForConcern(concernId, viewer))).toEqual([]);
  });

  it("shows analysts and admins everything", async () => {
    for (const reader of [analyst, { role: "ADMIN" } as const]) {
      const seen = await getCase(hidden.id, reader);
      expect(seen).toMatchObject({ name: hidden.personName, spellings: [secretSpelling], summary: secretSummary, identityHidden: false });
      expect(seen?.situations[0]?.evidence).toHaveLength(1);
      expect((await getCaseHistory(hidden.id, reader))?.entries.length).toBeGreaterThan(0);
    }
  });

  it("keeps the name out of the download for viewers, in every format, and puts it in for analysts", async () => {
    const context = () => ({ params: Promise.resolve<Record<string, string>>({}) });
    await actAs("VIEWER");
    const csv = await (await exportCasesRoute(new Request("http://localhost/api/v1/cases/export"), context())).text();
    expect(csv).toContain(`Case ${hidden.id}`);
    expect(leaks(csv)).toEqual([]);
    const json = await (await exportCasesRoute(new Request("http://localhost/api/v1/cases/export?format=json"), context())).text();
    expect(json).toContain(`Case ${hidden.id}`);
    expect(leaks(json)).toEqual([]);
    await actAs("ANALYST");
    const full = await (await exportCasesRoute(new Request("http://localhost/api/v1/cases/export"), context())).text();
    expect(full).toContain(hidden.personName);
  });
});
