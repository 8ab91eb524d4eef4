import { beforeEach, describe, expect, it } from "vitest";
import { initialActionState, type ActionState } from "@/lib/action-state";
import {
  addCaseRound, addSituation, createCase, deleteCase, linkConcern, mergeCases, removeCaseRound, removeSituation, unlinkConcern, updateCase,
} from "@/lib/actions/cases";
import { updateDocument } from "@/lib/actions/documents";
import { db } from "@/lib/db";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";
import { actAs, formData } from "@/test/integration/helpers";
import { caseText, cyrillicPersonName, makeCase, personName } from "@/test/integration/case-fixtures";

type Call = (state: ActionState, input: FormData) => Promise<ActionState>;
const call = (action: Call, fields: Record<string, string | number | undefined>) => action(initialActionState, formData(fields));

describe("case actions", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("creates a case with its spellings, audited in the same transaction", async () => {
    const name = personName();
    const state = await call(createCase, { personName: name, spellings: "Other Spelling\n Other Spelling ", summary: "A blogger.", sensitive: "on" });
    expect(state).toMatchObject({ ok: true, data: { id: expect.any(Number) } });
    const id = (state.data as { id: number }).id;
    const row = await db.individualCase.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ personName: name, spellings: ["Other Spelling"], sensitive: true });
    expect(row.nameKeys.length).toBeGreaterThan(0);
    expect(await auditEventsFor("IndividualCase", id)).toMatchObject([{ action: "CREATE", after: { personName: name } }]);
  });

  it("refuses a missing name, and a viewer, and saves nothing", async () => {
    expect((await call(createCase, { personName: " " })).fieldErrors?.personName?.[0]).toMatch(/required/);
    await actAs("VIEWER");
    const name = personName();
    expect((await call(createCase, { personName: name })).message).toMatch(/permission/);
    expect(await db.individualCase.count({ where: { personName: name } })).toBe(0);
  });

  it("refuses a likely duplicate written in another script, unless told it is someone else", async () => {
    const cyrillic = cyrillicPersonName();
    const first = await makeCase({ personName: cyrillic.cyrillic });
    const refused = await call(createCase, { personName: cyrillic.latin });
    expect(refused.fieldErrors?.personName?.[0]).toContain(`${cyrillic.cyrillic} (Case ${first.id})`);
    expect(await db.individualCase.count({ where: { personName: cyrillic.latin } })).toBe(0);
    expect((await call(createCase, { personName: cyrillic.latin, allowDuplicate: "on" })).ok).toBe(true);
  });

  it("refuses a stale edit with the other person's values", async () => {
    const individual = await makeCase();
    expect((await call(updateCase, { id: individual.id, version: 1, personName: individual.personName, summary: "Theirs" })).ok).toBe(true);
    const stale = await call(updateCase, { id: individual.id, version: 1, personName: individual.personName, summary: "Mine" });
    expect(stale).toMatchObject({ ok: false, data: { version: 2, current: { summary: "Theirs" } }, values: { summary: "Mine" } });
    expect((await db.individualCase.findUniqueOrThrow({ where: { id: individual.id } })).summary).toBe("Theirs");
  });

  describe("situations", () => {
    it("records a situation known to the month, with its quote, and removes it", async () => {
      const { individual, document } = await caseWithDocument();
      const state = await call(addSituation, {
        caseId: individual.id, version: 1, situation: "RELEASED", asOf: "2030-03", quote: caseText.released(individual.personName), documentId: document.id,
      });
      expect(state.ok).toBe(true);
      const [situation] = await db.caseSituationRecord.findMany({ where: { caseId: individual.id }, include: { evidence: true } });
      expect(situation).toMatchObject({ situation: "RELEASED", asOfPrecision: "MONTH", asOf: new Date("2030-03-01"), evidence: [{ documentId: document.id }] });
      const [event] = (await auditEventsFor("IndividualCase", individual.id)).slice(-1);
      expect(event).toMatchObject({ action: "UPDATE", after: { situations: [expect.stringMatching(/^Released as of March 2030: “/)] } });

      expect((await call(removeSituation, { caseId: individual.id, version: 2, situationId: situation!.id })).ok).toBe(true);
      expect(await db.caseSituationRecord.count({ where: { caseId: individual.id } })).toBe(0);
    });

    it("refuses a quote not in the document, a missing quote, a bad date and a stale version, and saves nothing", async () => {
      const { individual, document } = await caseWithDocument();
      const base = { caseId: individual.id, version: 1, situation: "IN_PRISON", asOf: "2030-03-03", documentId: document.id };
      expect((await call(addSituation, { ...base, quote: "A sentence that this document never contained." })).fieldErrors?.quote?.[0]).toMatch(/does not occur/);
      expect((await call(addSituation, { ...base, quote: "" })).fieldErrors?.quote?.[0]).toMatch(/Paste the passage/);
      expect((await call(addSituation, { ...base, asOf: "2030-02-30", quote: caseText.released(individual.personName) })).fieldErrors?.asOf).toBeDefined();
      expect((await call(addSituation, { ...base, version: 9, quote: caseText.released(individual.personName) })).message).toMatch(/Someone else changed this case/);
      expect(await db.caseSituationRecord.count({ where: { caseId: individual.id } })).toBe(0);
      expect((await db.individualCase.findUniqueOrThrow({ where: { id: individual.id } })).version).toBe(1);
    });

    it("refuses a viewer", async () => {
      const { individual, document } = await caseWithDocument();
      await actAs("VIEWER");
      const state = await call(addSituation, {
        caseId: individual.id, version: 1, situation: "RELEASED", asOf: "2030", quote: caseText.released(individual.personName), documentId: document.id,
      });
      expect(state.message).toMatch(/permission/);
      expect(await db.caseSituationRecord.count({ where: { caseId: individual.id } })).toBe(0);
    });
  });

  describe("rounds", () => {
    it("records the round a case was raised at with its quote, adds a second quote as another source, and removes it", async () => {
      const { individual, document, round, other } = await caseWithDocument();
      const raised = { caseId: individual.id, roundId: round.id, quote: caseText.raised(individual.personName), documentId: document.id };
      expect((await call(addCaseRound, { ...raised, version: 1 })).ok).toBe(true);
      expect((await call(addCaseRound, { ...raised, version: 2, documentId: other.id, quote: caseText.raised(individual.personName) })).ok).toBe(true);
      expect(await db.caseRoundEvidence.count({ where: { caseId: individual.id, roundId: round.id } })).toBe(2);
      expect((await call(removeCaseRound, { caseId: individual.id, roundId: round.id, version: 3 })).ok).toBe(true);
      expect(await db.caseRoundEvidence.count({ where: { caseId: individual.id } })).toBe(0);
    });

    it("refuses a document that does not report on the round, and a quote not in it", async () => {
      const { individual, document, round } = await caseWithDocument();
      const elsewhere = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: "Round the document is not about", startDate: new Date("2031-01-01") } });
      const base = { caseId: individual.id, version: 1, documentId: document.id };
      expect((await call(addCaseRound, { ...base, roundId: elsewhere.id, quote: caseText.raised(individual.personName) })).fieldErrors?.documentId?.[0]).toMatch(/does not report on this round/);
      expect((await call(addCaseRound, { ...base, roundId: round.id, quote: "A sentence that this document never contained." })).ok).toBe(false);
      expect(await db.caseRound.count({ where: { caseId: individual.id } })).toBe(0);
    });
  });

  it("links and unlinks a concern", async () => {
    const { concern } = await makeFixture();
    const individual = await makeCase();
    expect((await call(linkConcern, { caseId: individual.id, version: 1, concernId: concern.id })).ok).toBe(true);
    expect(await db.concernCase.count({ where: { caseId: individual.id, concernId: concern.id } })).toBe(1);
    expect((await call(unlinkConcern, { caseId: individual.id, version: 2, concernId: concern.id })).ok).toBe(true);
    expect(await db.concernCase.count({ where: { caseId: individual.id } })).toBe(0);
    expect((await call(linkConcern, { caseId: individual.id, version: 3, concernId: 2_000_000_000 })).fieldErrors?.concernId).toBeDefined();
  });

  it("merges a duplicate: situations, rounds and concerns move, quotes at a shared round join, names become spellings, history stays", async () => {
    const { individual: target, document, round, concern } = await caseWithDocument();
    const source = await makeCase({ personName: target.personName.toUpperCase() });
    await call(addCaseRound, { caseId: target.id, version: 1, roundId: round.id, quote: caseText.raised(target.personName), documentId: document.id });
    await call(addCaseRound, { caseId: source.id, version: 1, roundId: round.id, quote: caseText.released(target.personName), documentId: document.id });
    await call(addSituation, { caseId: source.id, version: 2, situation: "RELEASED", asOf: "2030-03-03", quote: caseText.released(target.personName), documentId: document.id });
    await call(linkConcern, { caseId: source.id, version: 3, concernId: concern.id });

    expect((await call(mergeCases, { sourceId: source.id, targetId: target.id, sourceVersion: 1, targetVersion: 2 })).message).toMatch(/Someone else/);
    const state = await call(mergeCases, { sourceId: source.id, targetId: target.id, sourceVersion: 4, targetVersion: 2 });
    expect(state.ok).toBe(true);

    const kept = await db.individualCase.findUniqueOrThrow({
      where: { id: target.id },
      include: { situations: true, rounds: { include: { evidence: true } }, concerns: true },
    });
    expect(kept.situations).toHaveLength(1);
    expect(kept.rounds).toHaveLength(1);
    expect(kept.rounds[0]!.evidence).toHaveLength(2);
    expect(kept.concerns.map((c) => c.concernId)).toEqual([concern.id]);
    expect(kept.spellings).toContain(source.personName);
    expect((await db.individualCase.findUniqueOrThrow({ where: { id: source.id } })).mergedIntoId).toBe(target.id);
    expect((await auditEventsFor("IndividualCase", source.id)).map((e) => e.action)).toEqual(["UPDATE", "UPDATE", "UPDATE", "MERGE"]);
    expect((await auditEventsFor("IndividualCase", target.id)).at(-1)).toMatchObject({ action: "MERGE" });
  });

  it("deletes only when confirmed, and refuses a case others were merged into", async () => {
    const target = await makeCase();
    const source = await makeCase();
    expect((await call(deleteCase, { id: target.id, version: 1 })).fieldErrors?.confirmed).toBeDefined();
    await call(mergeCases, { sourceId: source.id, targetId: target.id, sourceVersion: 1, targetVersion: 1 });
    expect((await call(deleteCase, { id: target.id, version: 2, confirmed: "yes" })).message).toMatch(/merged into it/);
    const lone = await makeCase();
    expect((await call(deleteCase, { id: lone.id, version: 1, confirmed: "yes" })).ok).toBe(true);
    expect(await db.individualCase.count({ where: { id: lone.id } })).toBe(0);
    expect((await auditEventsFor("IndividualCase", lone.id)).at(-1)).toMatchObject({ action: "DELETE" });
  });

  it("keeps a document from losing a passage a case quotes", async () => {
    const { individual, document } = await caseWithDocument();
    await call(addSituation, { caseId: individual.id, version: 1, situation: "RELEASED", asOf: "2030", quote: caseText.released(individual.personName), documentId: document.id });
    const current = await db.sourceDocument.findUniqueOrThrow({ where: { id: document.id }, include: { rounds: true } });
    const state = await updateDocument(initialActionState, formData({
      id: document.id, version: current.version, title: current.title, publisher: current.publisher, language: current.language,
      publishedOn: "2030-03-04", text: "Nothing about anyone.", roundIds: current.rounds.map((r) => String(r.roundId)),
    }));
    expect(state.fieldErrors?.text?.[0]).toMatch(/situation of/);
  });
});

/** A case, a round, and two documents about the round that name the person. */
async function caseWithDocument() {
  const fixture = await makeFixture();
  const individual = await makeCase();
  const text = `${caseText.raised(individual.personName)}\n${caseText.released(individual.personName)}`;
  const document = await db.sourceDocument.create({
    data: { title: `Press release on ${individual.personName}`, publisher: "EEAS", text, rounds: { create: { roundId: fixture.round.id } } },
  });
  const other = await db.sourceDocument.create({
    data: { title: `Another text on ${individual.personName}`, publisher: "EEAS", text, rounds: { create: { roundId: fixture.round.id } } },
  });
  return { ...fixture, individual, document, other };
}
