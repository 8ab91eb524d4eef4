import { beforeEach, describe, expect, it } from "vitest";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { createCaseFromPassage } from "@/lib/actions/case-passages";
import { addCaseRound, addSituation } from "@/lib/actions/cases";
import { listCaseOptions } from "@/lib/data/cases";
import { db } from "@/lib/db";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";
import { actAs, formData } from "@/test/integration/helpers";
import { caseText, cyrillicPersonName, makeCase, personName } from "@/test/integration/case-fixtures";

type Call = (state: ActionState, input: FormData) => Promise<ActionState>;
const call = (action: Call, fields: Record<string, string | number | undefined>) => action(initialActionState, formData(fields));

/** A round and a document about it saying that the person was raised and released. */
async function documentNaming(name: string) {
  const fixture = await makeFixture();
  await db.sourceDocument.update({ where: { id: fixture.document.id }, data: { text: `${caseText.raised(name)}\n${caseText.released(name)}` } });
  return fixture;
}

const casesNamed = (name: string) => db.individualCase.findMany({ where: { personName: name }, include: { rounds: { include: { evidence: true } }, situations: true } });

describe("a case from a passage of a document", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("creates the case raised at the document's round, with the passage as the quote, in one audit event", async () => {
    const name = personName();
    const { round, document } = await documentNaming(name);
    const state = await call(createCaseFromPassage, { personName: name, record: "ROUND", roundId: round.id, quote: caseText.raised(name), documentId: document.id });
    expect(state).toMatchObject({ ok: true, data: { id: expect.any(Number), version: 1 } });
    const [created] = await casesNamed(name);
    expect(created!.rounds).toMatchObject([{ roundId: round.id, evidence: [{ quote: caseText.raised(name), documentId: document.id }] }]);
    expect(await auditEventsFor("IndividualCase", created!.id)).toMatchObject([{ action: "CREATE", after: { personName: name, rounds: [expect.stringContaining(round.title)] } }]);
  });

  it("creates the case with its situation known to the month", async () => {
    const name = personName();
    const { document } = await documentNaming(name);
    const state = await call(createCaseFromPassage, {
      personName: name, sensitive: "yes", record: "SITUATION", situation: "RELEASED", asOf: "2030-03", quote: caseText.released(name), documentId: document.id,
    });
    expect(state.ok).toBe(true);
    const [created] = await casesNamed(name);
    expect(created).toMatchObject({ sensitive: true, situations: [{ situation: "RELEASED", asOfPrecision: "MONTH", asOf: new Date("2030-03-01") }] });
  });

  it("refuses a quote not in the document, a document about another round, a missing situation or date, and leaves no case behind", async () => {
    const name = personName();
    const { round, document } = await documentNaming(name);
    const other = await makeFixture();
    const base = { personName: name, documentId: document.id };
    const refused = [
      await call(createCaseFromPassage, { ...base, record: "ROUND", roundId: round.id, quote: "A passage that this document never contained." }),
      await call(createCaseFromPassage, { ...base, record: "ROUND", roundId: other.round.id, quote: caseText.raised(name) }),
      await call(createCaseFromPassage, { ...base, record: "SITUATION", asOf: "2030", quote: caseText.released(name) }),
      await call(createCaseFromPassage, { ...base, record: "SITUATION", situation: "RELEASED", asOf: "", quote: caseText.released(name) }),
      await call(createCaseFromPassage, { ...base, record: "", quote: caseText.released(name) }),
    ];
    expect(refused.map((s) => Object.keys(s.fieldErrors ?? {}))).toEqual([["quote"], ["documentId"], ["situation"], ["asOf"], ["record"]]);
    expect(refused[0]!.fieldErrors?.quote?.[0]).toMatch(/does not occur/);
    expect(await casesNamed(name)).toEqual([]);
  });

  it("refuses a name another case carries in another script, unless told it is someone else", async () => {
    const names = cyrillicPersonName();
    const existing = await makeCase({ personName: names.cyrillic });
    const { round, document } = await documentNaming(names.latin);
    const fields = { personName: names.latin, record: "ROUND", roundId: round.id, quote: caseText.raised(names.latin), documentId: document.id };
    expect((await call(createCaseFromPassage, fields)).fieldErrors?.personName?.[0]).toContain(`Case ${existing.id}`);
    expect(await casesNamed(names.latin)).toEqual([]);
    expect((await call(createCaseFromPassage, { ...fields, allowDuplicate: "yes" })).ok).toBe(true);
  });

  it("refuses a viewer, and saves nothing", async () => {
    const name = personName();
    const { round, document } = await documentNaming(name);
    await actAs("VIEWER");
    const state = await call(createCaseFromPassage, { personName: name, record: "ROUND", roundId: round.id, quote: caseText.raised(name), documentId: document.id });
    expect(state.message).toMatch(/permission/);
    expect(await casesNamed(name)).toEqual([]);
  });

  it("offers a sensitive case to suggestions by name only to those who may see its identity", async () => {
    const hidden = await makeCase({ sensitive: true });
    const asViewer = (await listCaseOptions({ role: "VIEWER" })).find((c) => c.id === hidden.id);
    expect(asViewer).toEqual({ id: hidden.id, version: 1, name: `Case ${hidden.id}`, nameKeys: [] });
    const asAnalyst = (await listCaseOptions({ role: "ANALYST" })).find((c) => c.id === hidden.id);
    expect(asAnalyst).toMatchObject({ name: hidden.personName, nameKeys: hidden.nameKeys });
  });

  it("tells the workspace what to undo: the situation added, and whether the round is new to the case", async () => {
    const individual = await makeCase();
    const { round, document } = await documentNaming(individual.personName);
    const raised = { caseId: individual.id, roundId: round.id, quote: caseText.raised(individual.personName), documentId: document.id };
    expect((await call(addCaseRound, { ...raised, version: 1 })).data).toEqual({ id: individual.id, created: true });
    expect((await call(addCaseRound, { ...raised, version: 2 })).data).toEqual({ id: individual.id, created: false });
    const situation = await call(addSituation, {
      caseId: individual.id, version: 3, situation: "RELEASED", asOf: "2030-03", quote: caseText.released(individual.personName), documentId: document.id,
    });
    const [saved] = await db.caseSituationRecord.findMany({ where: { caseId: individual.id } });
    expect(situation.data).toEqual({ id: individual.id, situationId: saved!.id });
  });
});
