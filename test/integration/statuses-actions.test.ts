import { beforeEach, describe, expect, it } from "vitest";
import { markNotRaised } from "@/lib/actions/not-raised";
import { createConcernFromPassage, deleteStatus, setStatus, suggestConcernsForPassage, updateStatus } from "@/lib/actions/statuses";
import { initialActionState } from "@/lib/action-state";
import { db } from "@/lib/db";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";

// Differs from the document in line breaks, spacing and quote marks: still the same passage.
const QUOTE = 'raised concerns about the  "false information" charges against bloggers';

describe("status actions", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("records a status whose quote occurs in the document, with an audit event", async () => {
    const { round, concern, document } = await makeFixture();
    const state = await setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "RAISED", quote: QUOTE, documentId: document.id, note: "First time" }));
    expect(state).toMatchObject({ ok: true });
    const saved = await db.statusAssessment.findUniqueOrThrow({ where: { concernId_roundId: { concernId: concern.id, roundId: round.id } }, include: { evidence: true } });
    expect(saved).toMatchObject({ status: "RAISED", note: "First time", evidence: [{ documentId: document.id, quote: QUOTE, translation: "" }] });
    const events = await auditEventsFor("StatusAssessment", saved.id);
    expect(events.map((e) => e.action)).toEqual(["CREATE"]);
    // What the history shows: who recorded it, and the status with its evidence as saved.
    expect(events[0]).toMatchObject({ actorId: saved.authorId, before: null });
    expect(events[0]!.after).toEqual({
      id: saved.id, concernId: concern.id, roundId: round.id, status: "RAISED", note: "First time", authorId: saved.authorId, version: 1,
      evidence: [{ id: saved.evidence[0]!.id, documentId: document.id, quote: QUOTE, translation: "" }],
    });
  });

  it("refuses a quote that is not in the document", async () => {
    const { round, concern, document } = await makeFixture();
    const state = await setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "RAISED", quote: "The EU praised the media law", documentId: document.id }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.quote?.[0]).toMatch(/does not occur in/);
    expect(state.values?.quote).toBe("The EU praised the media law");
    expect(await db.statusAssessment.count({ where: { concernId: concern.id } })).toBe(0);
  });

  it("refuses a document that does not report on the status's round, on create and on edit", async () => {
    const here = await makeFixture();
    const elsewhere = await makeFixture(); // same text, linked to another round
    const input = { concernId: here.concern.id, roundId: here.round.id, status: "RAISED", quote: QUOTE, documentId: elsewhere.document.id };
    const refused = await setStatus(initialActionState, formData(input));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.documentId?.[0]).toMatch(/does not report on this round/);
    expect(await db.statusAssessment.count({ where: { concernId: here.concern.id } })).toBe(0);

    const created = await setStatus(initialActionState, formData({ ...input, documentId: here.document.id }));
    const status = await db.statusAssessment.findUniqueOrThrow({ where: { id: (created.data as { id: number }).id } });
    const edit = await updateStatus(initialActionState, formData({ id: status.id, version: status.version, status: "NO_PROGRESS", quote: QUOTE, documentId: elsewhere.document.id }));
    expect(edit.fieldErrors?.documentId?.[0]).toMatch(/does not report on this round/);
    expect(await db.statusAssessment.findUniqueOrThrow({ where: { id: status.id }, include: { evidence: true } })).toMatchObject({
      status: "RAISED",
      evidence: [{ documentId: here.document.id }],
    });
  });

  it("requires a quote and document except for NOT_RAISED, and limits the note", async () => {
    const { round, concern } = await makeFixture();
    const missing = await setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "NO_PROGRESS", note: "n".repeat(5001) }));
    expect(missing.fieldErrors).toMatchObject({ quote: [expect.any(String)], documentId: [expect.any(String)], note: [expect.stringMatching(/5,000/)] });
    const notRaised = await setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "NOT_RAISED" }));
    expect(notRaised.ok).toBe(true);
    const again = await setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "NOT_RAISED" }));
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/already has a status/) });
  });

  it("lets only one of two simultaneous first saves at the same round through, and tells the other plainly", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const { round, concern, document } = await makeFixture();
      const input = { concernId: concern.id, roundId: round.id, status: "RAISED", quote: QUOTE, documentId: document.id };
      const states = await Promise.all([setStatus(initialActionState, formData(input)), setStatus(initialActionState, formData({ ...input, status: "NO_PROGRESS" }))]);
      expect(states.filter((s) => s.ok)).toHaveLength(1);
      expect(states.find((s) => !s.ok)).toMatchObject({ message: expect.stringMatching(/already has a status at this round/) });
      expect(await db.statusAssessment.count({ where: { concernId: concern.id } })).toBe(1);
    }
  });

  it("refuses a viewer", async () => {
    const { round, concern } = await makeFixture();
    await actAs("VIEWER");
    const state = await setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "NOT_RAISED" }));
    expect(state.message).toMatch(/permission/);
    expect(await db.statusAssessment.count({ where: { concernId: concern.id } })).toBe(0);
  });

  it("refuses a stale edit and keeps both texts: the other person's in data, the user's in values", async () => {
    const { round, concern, document } = await makeFixture();
    const row = await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "RAISED", evidence: { create: { quote: QUOTE, documentId: document.id } } } });
    const base = { id: row.id, version: 1, status: "RAISED" };
    expect((await updateStatus(initialActionState, formData({ ...base, note: "Their note" }))).ok).toBe(true);
    const stale = await updateStatus(initialActionState, formData({ ...base, note: "My note" }));
    expect(stale.ok).toBe(false);
    expect(stale.data).toMatchObject({ version: 2, current: { note: "Their note" } });
    expect(stale.values?.note).toBe("My note");
    const retry = await updateStatus(initialActionState, formData({ ...base, version: 2, note: "My note" }));
    expect(retry.ok).toBe(true);
    expect(await db.statusAssessment.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ note: "My note", version: 3 });
  });

  it("refuses an edit whose new quote is not in the document", async () => {
    const { round, concern, document } = await makeFixture();
    const row = await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "RAISED", evidence: { create: { quote: QUOTE, documentId: document.id } } } });
    const state = await updateStatus(initialActionState, formData({ id: row.id, version: 1, status: "RESOLVED", quote: "welcomed the abolition", documentId: document.id }));
    expect(state.fieldErrors?.quote?.[0]).toMatch(/does not occur/);
    expect((await db.statusAssessment.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("RAISED");
  });

  it("creates a concern from a passage with its first status", async () => {
    const { round, theme, document } = await makeFixture();
    const title = unique("Domestic violence law");
    const state = await createConcernFromPassage(initialActionState, formData({ title, themeId: theme.id, roundId: round.id, status: "RESOLVED", quote: "welcomed the adoption of the new law on domestic violence", documentId: document.id }));
    expect(state.ok).toBe(true);
    const concern = await db.concern.findFirstOrThrow({ where: { title }, include: { statusAssessments: true } });
    expect(concern.firstRaisedRoundId).toBe(round.id);
    expect(concern.statusAssessments).toMatchObject([{ status: "RESOLVED", roundId: round.id }]);
    const bad = await createConcernFromPassage(initialActionState, formData({ title: unique("x"), themeId: theme.id, roundId: round.id, status: "RAISED", quote: "not in the text at all", documentId: document.id }));
    expect(bad.fieldErrors?.quote).toBeDefined();
  });

  it("marks unaccounted concerns NOT_RAISED in one step, leaving those with a status alone", async () => {
    const { round, theme, concern } = await makeFixture();
    const other = await db.concern.create({ data: { title: unique("Other"), themeId: theme.id } });
    await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "NOT_RAISED", note: "kept" } });
    const state = await markNotRaised(initialActionState, formData({ roundId: round.id, concernIds: [String(concern.id), String(other.id)] }));
    expect(state.message).toMatch(/Marked 1 concern as not raised. 1 concern already had a status/);
    expect(await db.statusAssessment.findMany({ where: { roundId: round.id }, select: { concernId: true, note: true }, orderBy: { concernId: "asc" } })).toEqual([
      { concernId: concern.id, note: "kept" },
      { concernId: other.id, note: "" },
    ]);
    const empty = await markNotRaised(initialActionState, formData({ roundId: round.id }));
    expect(empty.ok).toBe(false);
  });

  it("deletes a status with the version it was shown at", async () => {
    const { round, concern } = await makeFixture();
    const row = await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "NOT_RAISED", version: 2 } });
    expect((await deleteStatus(initialActionState, formData({ id: row.id, version: 1 }))).ok).toBe(false);
    expect((await deleteStatus(initialActionState, formData({ id: row.id, version: 2 }))).ok).toBe(true);
    expect((await auditEventsFor("StatusAssessment", row.id)).map((e) => e.action)).toEqual(["DELETE"]);
  });

  it("suggests concerns for a passage to analysts only", async () => {
    const { round, concern } = await makeFixture();
        // Earlier tests left concerns with similar titles; the unique suffix makes this one the best match.
    const state = await suggestConcernsForPassage(initialActionState, { passage: `The EU discussed ${concern.title}.`, roundId: round.id });
    expect((state.data as { id: number }[])[0]?.id).toBe(concern.id);
    expect((await suggestConcernsForPassage(initialActionState, { passage: " ", roundId: round.id })).fieldErrors?.passage).toBeDefined();
    await actAs("VIEWER");
    expect((await suggestConcernsForPassage(initialActionState, { passage: "false information", roundId: round.id })).message).toMatch(/permission/);
  });
});
