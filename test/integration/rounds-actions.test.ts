import { beforeEach, describe, expect, it } from "vitest";
import { createRound, deleteRound, updateRound } from "@/lib/actions/rounds";
import { initialActionState } from "@/lib/action-state";
import { db } from "@/lib/db";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";

const valid = () => ({ kind: "HUMAN_RIGHTS_DIALOGUE", title: unique("17th round"), startDate: "2031-03-04", endDate: "2031-03-05", place: "Astana", format: "IN_PERSON" });

describe("round actions", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("creates a round and records who did it", async () => {
    const input = valid();
    const state = await createRound(initialActionState, formData(input));
    expect(state.ok).toBe(true);
    const id = (state.data as { id: number }).id;
    const round = await db.round.findUniqueOrThrow({ where: { id } });
    expect(round).toMatchObject({ title: input.title, place: "Astana", number: null });
    const [event] = await auditEventsFor("Round", id);
    expect(event).toMatchObject({ action: "CREATE", actorId: (await actAs("ANALYST"))!.id });
  });

  it("refuses invalid input with messages next to the fields and keeps what was typed", async () => {
    const state = await createRound(initialActionState, formData({ ...valid(), title: "x".repeat(201), endDate: "2031-03-01" }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.title?.[0]).toMatch(/at most 200/);
    expect(state.fieldErrors?.endDate?.[0]).toMatch(/before the start date/);
    expect(state.values?.place).toBe("Astana");
  });

  it("refuses a viewer", async () => {
    await actAs("VIEWER");
    const input = valid();
    const state = await createRound(initialActionState, formData(input));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/permission/) });
    expect(await db.round.count({ where: { title: input.title } })).toBe(0);
  });

  it("updates with the version it started from and refuses a stale edit, showing the other change", async () => {
    const { round } = await makeFixture();
    const first = await updateRound(initialActionState, formData({ ...valid(), id: round.id, version: 1, title: "Theirs" }));
    expect(first.ok).toBe(true);
    const second = await updateRound(initialActionState, formData({ ...valid(), id: round.id, version: 1, title: "Mine" }));
    expect(second.ok).toBe(false);
    expect(second.message).toMatch(/Someone else changed this round/);
    expect(second.data).toMatchObject({ version: 2, current: { title: "Theirs" } });
    expect(second.values?.title).toBe("Mine");
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).title).toBe("Theirs");
    const events = await auditEventsFor("Round", round.id);
    expect(events.map((e) => e.action)).toEqual(["UPDATE"]);
  });

  it("refuses to delete a round that documents and statuses depend on, saying what", async () => {
    const { round, concern } = await makeFixture();
    await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "NOT_RAISED" } });
    const state = await deleteRound(initialActionState, formData({ id: round.id, version: 1 }));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/1 status recorded at it, 1 document reporting on it/);
    expect(await db.round.count({ where: { id: round.id } })).toBe(1);
  });

  it("deletes an unused round with an audit event", async () => {
    const created = await createRound(initialActionState, formData(valid()));
    const id = (created.data as { id: number }).id;
    const state = await deleteRound(initialActionState, formData({ id, version: 1 }));
    expect(state.ok).toBe(true);
    expect(await db.round.count({ where: { id } })).toBe(0);
    expect((await auditEventsFor("Round", id)).map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
  });
});
