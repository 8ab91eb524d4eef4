// Several sources per status: each piece checked like the first, in any language;
// the last piece of a discussed status cannot go; the rules hold under concurrent writes.
import { beforeEach, describe, expect, it } from "vitest";
import { addEvidence, removeEvidence } from "@/lib/actions/evidence";
import { mergeConcerns } from "@/lib/actions/concerns";
import { updateDocument } from "@/lib/actions/documents";
import { setStatus, updateStatus } from "@/lib/actions/statuses";
import { initialActionState } from "@/lib/action-state";
import { db } from "@/lib/db";
import { quoteOccursIn } from "@/lib/domain/quote";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { auditEventsFor, makeFixture, PRESS_RELEASE } from "@/test/integration/fixtures";

const ENGLISH = "raised concerns about the “false information” charges";
const RUSSIAN_TEXT = "ЕС выразил обеспокоенность обвинениями в распространении «ложной информации» в отношении блогеров и журналистов по статье 274 Уголовного кодекса.";
const RUSSIAN = "обвинениями в распространении «ложной информации»";

async function statusWithOnePiece() {
  const fixture = await makeFixture();
  const russian = await db.sourceDocument.create({
    data: { title: unique("Пресс-релиз"), publisher: "Kazinform", publishedOn: new Date("2030-01-17"), language: "ru", text: RUSSIAN_TEXT, rounds: { create: { roundId: fixture.round.id } } },
  });
  const created = await setStatus(initialActionState, formData({ concernId: fixture.concern.id, roundId: fixture.round.id, status: "RAISED", quote: ENGLISH, documentId: fixture.document.id }));
  expect(created.ok).toBe(true);
  return { ...fixture, russian, statusId: (created.data as { id: number }).id };
}

const pieces = (statusId: number) => db.statusEvidence.findMany({ where: { statusId }, orderBy: { id: "asc" }, select: { id: true, documentId: true, quote: true, translation: true } });

describe("evidence actions", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("adds a second source in another language, with its translation, audited", async () => {
    const { statusId, russian, document } = await statusWithOnePiece();
    const state = await addEvidence(initialActionState, formData({ statusId, documentId: russian.id, quote: RUSSIAN, translation: "charges of spreading 'false information'" }));
    expect(state).toMatchObject({ ok: true, message: "Source added." });
    expect(await pieces(statusId)).toMatchObject([
      { documentId: document.id, quote: ENGLISH },
      { documentId: russian.id, quote: RUSSIAN, translation: "charges of spreading 'false information'" },
    ]);
    const added = (state.data as { id: number }).id;
    expect((await auditEventsFor("StatusEvidence", added)).map((e) => e.action)).toEqual(["CREATE"]);
    const again = await addEvidence(initialActionState, formData({ statusId, documentId: russian.id, quote: RUSSIAN }));
    expect(again.fieldErrors?.quote?.[0]).toMatch(/already has this passage/);
  });

  it("refuses a piece that is not in its document, or from a document not about the round, saving nothing", async () => {
    const { statusId, russian } = await statusWithOnePiece();
    const elsewhere = await makeFixture();
    const missing = await addEvidence(initialActionState, formData({ statusId, documentId: russian.id, quote: "обвинения в клевете против журналистов" }));
    expect(missing.fieldErrors?.quote?.[0]).toMatch(/does not occur in/);
    const wrongRound = await addEvidence(initialActionState, formData({ statusId, documentId: elsewhere.document.id, quote: ENGLISH }));
    expect(wrongRound.fieldErrors?.documentId?.[0]).toMatch(/does not report on this round/);
    const empty = await addEvidence(initialActionState, formData({ statusId }));
    expect(empty.fieldErrors).toMatchObject({ quote: [expect.any(String)], documentId: [expect.any(String)] });
    expect(await pieces(statusId)).toHaveLength(1);
  });

  it("refuses quotes too short to identify a passage, saying how long they must be", async () => {
    const { statusId, document } = await statusWithOnePiece();
    for (const quote of [".", "EU", "the EU raised"]) {
      const state = await addEvidence(initialActionState, formData({ statusId, documentId: document.id, quote }));
      expect(state.fieldErrors?.quote?.[0]).toMatch(/at least 15 characters/);
    }
    expect(await pieces(statusId)).toHaveLength(1);
  });

  it("never removes the last source of a discussed status, in the action or in the database", async () => {
    const { statusId, russian, round } = await statusWithOnePiece();
    const [only] = await pieces(statusId);
    const refused = await removeEvidence(initialActionState, formData({ id: only!.id }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/only source/) });
    await expect(db.statusEvidence.delete({ where: { id: only!.id } })).rejects.toThrow(/needs at least one piece of evidence/);
    const bare = db.statusAssessment.create({ data: { concernId: (await makeFixture()).concern.id, roundId: round.id, status: "RAISED" } });
    await expect(bare).rejects.toThrow(/needs at least one piece of evidence/);

    await addEvidence(initialActionState, formData({ statusId, documentId: russian.id, quote: RUSSIAN }));
    const removed = await removeEvidence(initialActionState, formData({ id: only!.id }));
    expect(removed).toMatchObject({ ok: true });
    expect(await pieces(statusId)).toMatchObject([{ documentId: russian.id }]);
    expect((await auditEventsFor("StatusEvidence", only!.id)).map((e) => e.action)).toEqual(["DELETE"]);
  });

  it("asks for a source when a not-raised status becomes discussed, and adds the one given with the edit", async () => {
    const { round, concern, document } = await makeFixture();
    const row = await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "NOT_RAISED" } });
    const refused = await updateStatus(initialActionState, formData({ id: row.id, version: 1, status: "RAISED" }));
    expect(refused.fieldErrors?.quote?.[0]).toMatch(/no evidence yet/);
    expect((await db.statusAssessment.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("NOT_RAISED");
    const saved = await updateStatus(initialActionState, formData({ id: row.id, version: 1, status: "RAISED", quote: ENGLISH, documentId: document.id }));
    expect(saved.ok).toBe(true);
    expect(await pieces(row.id)).toMatchObject([{ documentId: document.id, quote: ENGLISH }]);
  });

  it("refuses a viewer", async () => {
    const { statusId, russian } = await statusWithOnePiece();
    await actAs("VIEWER");
    expect((await addEvidence(initialActionState, formData({ statusId, documentId: russian.id, quote: RUSSIAN }))).message).toMatch(/permission/);
    expect(await pieces(statusId)).toHaveLength(1);
  });
});

/** Statuses whose evidence no longer holds: a quote missing from its document, or a document not about the round. */
async function brokenEvidence(documentId: number) {
  const rows = await db.statusEvidence.findMany({
    where: { documentId },
    select: { quote: true, status: { select: { roundId: true } }, document: { select: { text: true, rounds: { select: { roundId: true } } } } },
  });
  return rows.filter((r) => !quoteOccursIn(r.quote, r.document.text) || !r.document.rounds.some((link) => link.roundId === r.status.roundId));
}

const TRIES = 20;

describe("evidence rules under concurrent writes", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("a status saved while its document loses the passage: one of the two is refused, every time", async () => {
    for (let i = 0; i < TRIES; i++) {
      const { round, concern, document } = await makeFixture();
      const edit = { id: document.id, version: document.version, title: document.title, publisher: "EEAS", publishedOn: "2030-01-16", language: "en", roundIds: [String(round.id)] };
      const [saved, edited] = await Promise.all([
        setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "RAISED", quote: ENGLISH, documentId: document.id })),
        updateDocument(initialActionState, formData({ ...edit, text: PRESS_RELEASE.replace("false information", "misinformation") })),
      ]);
      expect(saved.ok && edited.ok, `try ${i}: both writes succeeded`).toBe(false);
      expect(await brokenEvidence(document.id)).toEqual([]);
    }
  });

  it("a source added while its document is unlinked from the round: never both", async () => {
    for (let i = 0; i < TRIES; i++) {
      const { round, concern, document } = await makeFixture();
      const status = await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "NOT_RAISED" } });
      const other = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Other round"), startDate: new Date("2030-06-01") } });
      const edit = { id: document.id, version: document.version, title: document.title, publisher: "EEAS", publishedOn: "2030-01-16", language: "en", text: PRESS_RELEASE };
      const [added, edited] = await Promise.all([
        addEvidence(initialActionState, formData({ statusId: status.id, documentId: document.id, quote: ENGLISH })),
        updateDocument(initialActionState, formData({ ...edit, roundIds: [String(other.id)] })),
      ]);
      expect(added.ok && edited.ok, `try ${i}: both writes succeeded`).toBe(false);
      expect(await brokenEvidence(document.id)).toEqual([]);
    }
  });

  it("a status saved on a concern being merged away: it lands on the kept concern or is refused", async () => {
    for (let i = 0; i < TRIES; i++) {
      const { round, concern: source, document, theme } = await makeFixture();
      const target = await db.concern.create({ data: { title: unique("Kept concern"), themeId: theme.id } });
      await Promise.all([
        setStatus(initialActionState, formData({ concernId: source.id, roundId: round.id, status: "RAISED", quote: ENGLISH, documentId: document.id })),
        mergeConcerns(initialActionState, formData({ sourceId: source.id, targetId: target.id, sourceVersion: 1, targetVersion: 1 })),
      ]);
      const merged = await db.concern.findUniqueOrThrow({ where: { id: source.id }, select: { mergedIntoId: true } });
      if (merged.mergedIntoId) expect(await db.statusAssessment.count({ where: { concernId: source.id } }), `try ${i}`).toBe(0);
    }
  });
});
