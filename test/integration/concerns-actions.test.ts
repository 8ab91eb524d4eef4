import { beforeEach, describe, expect, it } from "vitest";
import { createConcern, deleteConcern, mergeConcerns, updateConcern } from "@/lib/actions/concerns";
import { initialActionState } from "@/lib/action-state";
import { db } from "@/lib/db";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";

describe("concern actions", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("creates a concern with its legal references", async () => {
    const { theme, round } = await makeFixture();
    const title = unique("Insult offences");
    const state = await createConcern(initialActionState, formData({ title, themeId: theme.id, firstRaisedRoundId: round.id, legalReferences: "Criminal Code Art. 131\nCriminal Code Art. 378" }));
    expect(state.ok).toBe(true);
    const concern = await db.concern.findFirstOrThrow({ where: { title } });
    expect(concern.legalReferences).toEqual(["Criminal Code Art. 131", "Criminal Code Art. 378"]);
    expect((await auditEventsFor("Concern", concern.id))[0]).toMatchObject({ action: "CREATE" });
  });

  it("refuses a missing theme and an over-long title", async () => {
    const state = await createConcern(initialActionState, formData({ title: "t".repeat(201), themeId: "" }));
    expect(state.fieldErrors?.title?.[0]).toMatch(/200/);
    expect(state.fieldErrors?.themeId?.[0]).toMatch(/theme/);
  });

  it("refuses a viewer", async () => {
    const { theme } = await makeFixture();
    await actAs("VIEWER");
    const title = unique("Viewer concern");
    expect((await createConcern(initialActionState, formData({ title, themeId: theme.id }))).message).toMatch(/permission/);
    expect(await db.concern.count({ where: { title } })).toBe(0);
  });

  it("refuses a stale edit with the other person's values", async () => {
    const { concern, theme } = await makeFixture();
    const base = { id: concern.id, version: 1, themeId: theme.id };
    expect((await updateConcern(initialActionState, formData({ ...base, title: "Theirs", description: "their words" }))).ok).toBe(true);
    const stale = await updateConcern(initialActionState, formData({ ...base, title: "Mine", description: "my words" }));
    expect(stale).toMatchObject({ ok: false, data: { version: 2, current: { title: "Theirs", description: "their words" } }, values: { description: "my words" } });
  });

  it("merges a duplicate: statuses move, the overlap keeps the target's, the source is marked merged, history is kept", async () => {
    const { concern: target, round, theme } = await makeFixture();
    const source = await db.concern.create({ data: { title: unique("Duplicate"), themeId: theme.id } });
    const otherRound = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Other round"), startDate: new Date("2029-01-01") } });
    await db.statusAssessment.create({ data: { concernId: target.id, roundId: round.id, status: "RAISED", evidence: { create: { quote: "Criminal Code", documentId: (await db.sourceDocument.findFirstOrThrow({ where: { rounds: { some: { roundId: round.id } } } })).id } } } });
    const overlap = await db.statusAssessment.create({ data: { concernId: source.id, roundId: round.id, status: "NOT_RAISED" } });
    const moved = await db.statusAssessment.create({ data: { concernId: source.id, roundId: otherRound.id, status: "NOT_RAISED" } });

    const stale = await mergeConcerns(initialActionState, formData({ sourceId: source.id, targetId: target.id, sourceVersion: 1, targetVersion: 7 }));
    expect(stale.ok).toBe(false);

    const state = await mergeConcerns(initialActionState, formData({ sourceId: source.id, targetId: target.id, sourceVersion: 1, targetVersion: 1 }));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/1 status moved/) });
    expect((await db.concern.findUniqueOrThrow({ where: { id: source.id } })).mergedIntoId).toBe(target.id);
    expect((await db.statusAssessment.findUniqueOrThrow({ where: { id: moved.id } })).concernId).toBe(target.id);
    expect(await db.statusAssessment.count({ where: { id: overlap.id } })).toBe(0);
    expect((await auditEventsFor("StatusAssessment", overlap.id))[0]).toMatchObject({ action: "DELETE" });
    expect((await auditEventsFor("Concern", source.id)).map((e) => e.action)).toEqual(["MERGE"]);

    const self = await mergeConcerns(initialActionState, formData({ sourceId: target.id, targetId: target.id, sourceVersion: 1, targetVersion: 1 }));
    expect(self.fieldErrors?.targetId).toBeDefined();
  });

  it("deletes a concern and its statuses only when confirmed", async () => {
    const { concern, round } = await makeFixture();
    await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "NOT_RAISED" } });
    const unconfirmed = await deleteConcern(initialActionState, formData({ id: concern.id, version: 1 }));
    expect(unconfirmed.fieldErrors?.confirmed).toBeDefined();
    expect(await db.concern.count({ where: { id: concern.id } })).toBe(1);
    const state = await deleteConcern(initialActionState, formData({ id: concern.id, version: 1, confirmed: "yes" }));
    expect(state.ok).toBe(true);
    expect(await db.statusAssessment.count({ where: { concernId: concern.id } })).toBe(0);
    expect((await auditEventsFor("Concern", concern.id)).map((e) => e.action)).toEqual(["DELETE"]);
  });
});
