import { beforeEach, describe, expect, it } from "vitest";
import { createDocument, deleteDocument, updateDocument } from "@/lib/actions/documents";
import { initialActionState } from "@/lib/action-state";
import { db } from "@/lib/db";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { auditEventsFor, makeFixture, PRESS_RELEASE } from "@/test/integration/fixtures";

const meta = (roundId: number) => ({ title: unique("Press release"), publisher: "EEAS", url: "https://www.eeas.europa.eu/x", publishedOn: "2030-02-01", language: "en", roundIds: [String(roundId)] });

describe("document actions", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("adds a pasted document linked to its round, with an audit event", async () => {
    const { round } = await makeFixture();
    const input = { ...meta(round.id), text: PRESS_RELEASE };
    const state = await createDocument(initialActionState, formData(input));
    expect(state.ok).toBe(true);
    const id = (state.data as { id: number }).id;
    const doc = await db.sourceDocument.findUniqueOrThrow({ where: { id }, include: { rounds: true } });
    expect(doc).toMatchObject({ title: input.title, text: PRESS_RELEASE, rounds: [{ roundId: round.id }] });
    expect((await auditEventsFor("SourceDocument", id))[0]).toMatchObject({ action: "CREATE" });
  });

  it("refuses a bad URL, a missing title and an over-long text, keeping the input", async () => {
    const { round } = await makeFixture();
    const state = await createDocument(initialActionState, formData({ ...meta(round.id), title: "", url: "javascript:alert(1)", text: "x".repeat(200_001) }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.url?.[0]).toMatch(/http/);
    expect(state.fieldErrors?.title?.[0]).toMatch(/required/);
    expect(state.fieldErrors?.text?.[0]).toMatch(/200,000/);
    expect(state.values?.publisher).toBe("EEAS");
  });

  it("keeps a round linked while a status at it quotes the document", async () => {
    const { round, document, concern } = await makeFixture();
    const other = await makeFixture();
    await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "RAISED", evidence: { create: { quote: "false information", documentId: document.id } } } });
    const fields = { id: document.id, version: document.version, title: document.title, publisher: "EEAS", publishedOn: "2030-01-16", language: "en" };
    const refused = await updateDocument(initialActionState, formData({ ...fields, roundIds: [String(other.round.id)] }));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.roundIds?.[0]).toMatch(new RegExp(`evidence for 1 status at a round you unticked: ${concern.title}`));
    expect(await db.documentRound.findMany({ where: { documentId: document.id }, select: { roundId: true } })).toEqual([{ roundId: round.id }]);
    // Adding a round while keeping this one is fine.
    const saved = await updateDocument(initialActionState, formData({ ...fields, roundIds: [String(round.id), String(other.round.id)] }));
    expect(saved.ok).toBe(true);
  });

  it("gives back every ticked round of a refused form, so the boxes stay ticked", async () => {
    const [{ round: first }, { round: second }] = [await makeFixture(), await makeFixture()];
    const state = await createDocument(initialActionState, formData({ ...meta(first.id), roundIds: [String(first.id), String(second.id)], title: "", text: "x" }));
    expect(state.ok).toBe(false);
    expect(state.choices?.roundIds).toEqual([String(first.id), String(second.id)]);
  });

  it("refuses a viewer", async () => {
    const { round } = await makeFixture();
    await actAs("VIEWER");
    const input = { ...meta(round.id), text: "text" };
    expect((await createDocument(initialActionState, formData(input))).message).toMatch(/permission/);
    expect(await db.sourceDocument.count({ where: { title: input.title } })).toBe(0);
  });

  it("refuses a text edit that would break a quote, naming the quote", async () => {
    const { round, concern, document } = await makeFixture();
    await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "RAISED", evidence: { create: { quote: "the new law on domestic violence", documentId: document.id } } } });
    const base = { ...meta(round.id), id: document.id, version: 1 };
    const broken = await updateDocument(initialActionState, formData({ ...base, text: PRESS_RELEASE.replace("domestic violence", "violence") }));
    expect(broken.ok).toBe(false);
    expect(broken.fieldErrors?.text?.[0]).toMatch(/“the new law on domestic violence”/);
    // Reflowing the text keeps every quote, so it is allowed.
    const reflowed = await updateDocument(initialActionState, formData({ ...base, text: PRESS_RELEASE.replace(/\n/g, " ") + "\nAppendix." }));
    expect(reflowed.ok).toBe(true);
    expect((await db.sourceDocument.findUniqueOrThrow({ where: { id: document.id } })).text).toMatch(/Appendix/);
  });

  it("refuses a stale metadata edit with the other person's title", async () => {
    const { round, document } = await makeFixture();
    const base = { ...meta(round.id), id: document.id, version: 1 };
    expect((await updateDocument(initialActionState, formData({ ...base, title: "Theirs" }))).ok).toBe(true);
    const stale = await updateDocument(initialActionState, formData({ ...base, title: "Mine" }));
    expect(stale).toMatchObject({ ok: false, data: { version: 2, current: { title: "Theirs" } }, values: { title: "Mine" } });
  });

  it("refuses to delete a document cited as evidence, and deletes one that is not", async () => {
    const { round, concern, document } = await makeFixture();
    await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "RAISED", evidence: { create: { quote: "Criminal Code", documentId: document.id } } } });
    const refused = await deleteDocument(initialActionState, formData({ id: document.id, version: 1 }));
    expect(refused.message).toMatch(/1 status cite it/);
    const other = await createDocument(initialActionState, formData({ ...meta(round.id), text: "x" }));
    const id = (other.data as { id: number }).id;
    expect((await deleteDocument(initialActionState, formData({ id, version: 1 }))).ok).toBe(true);
    expect(await db.sourceDocument.count({ where: { id } })).toBe(0);
  });
});
