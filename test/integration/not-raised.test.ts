// Not raised per theme or all at once, and its undo: exactly the rows created, audited.
import { beforeEach, describe, expect, it } from "vitest";
import { markNotRaised, undoNotRaised } from "@/lib/actions/not-raised";
import { initialActionState } from "@/lib/action-state";
import { listAwaitingConcernIds } from "@/lib/data/not-raised";
import { db } from "@/lib/db";
import { actAs, formData, slugOf, unique } from "@/test/integration/helpers";
import { auditEventsFor } from "@/test/integration/fixtures";

/** A round in 2040, two themes with two concerns each, one concern first raised later, one merged away. */
async function fixture() {
  const round = await db.round.create({ data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: unique("Not-raised round"), startDate: new Date("2040-05-01") } });
  const later = await db.round.create({ data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: unique("Later round"), startDate: new Date("2041-05-01") } });
  const theme = async (label: string) => db.theme.create({ data: { slug: slugOf(unique(label)), name: unique(label) } });
  const [a, b] = [await theme("Theme A"), await theme("Theme B")];
  const concern = (themeId: number, label: string, extra: object = {}) => db.concern.create({ data: { title: unique(label), themeId, ...extra } });
  const a1 = await concern(a.id, "A1");
  const a2 = await concern(a.id, "A2");
  const b1 = await concern(b.id, "B1");
  const future = await concern(b.id, "First raised later", { firstRaisedRoundId: later.id });
  const merged = await concern(b.id, "Merged away", { mergedIntoId: b1.id });
  return { round, a, b, a1, a2, b1, future, merged };
}

const statusesAt = (roundId: number) =>
  db.statusAssessment.findMany({ where: { roundId }, select: { id: true, concernId: true, status: true }, orderBy: { concernId: "asc" } });

describe("not raised, per theme or all", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("lists only concerns awaiting a status: not merged, not first raised after the round", async () => {
    const f = await fixture();
    const ids = await listAwaitingConcernIds(f.round);
    expect(ids).toEqual(expect.arrayContaining([f.a1.id, f.a2.id, f.b1.id]));
    expect(ids).not.toContain(f.future.id);
    expect(ids).not.toContain(f.merged.id);
  });

  it("marks one theme in one audited transaction, and never a concern first raised later or merged, even when sent", async () => {
    const f = await fixture();
    const state = await markNotRaised(initialActionState, formData({ roundId: f.round.id, concernIds: [f.a1.id, f.a2.id, f.future.id, f.merged.id].map(String) }));
    expect(state).toMatchObject({ ok: true, message: "Marked 2 concerns as not raised. 2 concerns already had a status and were left as is." });
    const rows = await statusesAt(f.round.id);
    expect(rows).toEqual([
      { id: expect.any(Number), concernId: f.a1.id, status: "NOT_RAISED" },
      { id: expect.any(Number), concernId: f.a2.id, status: "NOT_RAISED" },
    ]);
    expect((state.data as { statusIds: number[] }).statusIds.sort()).toEqual(rows.map((r) => r.id).sort());
    for (const row of rows) expect((await auditEventsFor("StatusAssessment", row.id)).map((e) => e.action)).toEqual(["CREATE"]);
  });

  it("undoes exactly the rows it created, audited, keeping one changed since", async () => {
    const f = await fixture();
    await db.statusAssessment.create({ data: { concernId: f.b1.id, roundId: f.round.id, status: "NOT_RAISED", note: "recorded by hand" } });
    const marked = await markNotRaised(initialActionState, formData({ roundId: f.round.id, concernIds: [f.a1.id, f.a2.id, f.b1.id].map(String) }));
    const created = (marked.data as { statusIds: number[] }).statusIds;
    expect(created).toHaveLength(2);
    const [first, second] = created as [number, number];
    await db.statusAssessment.update({ where: { id: second }, data: { note: "edited since", version: { increment: 1 } } });

    const undone = await undoNotRaised(initialActionState, formData({ roundId: f.round.id, statusIds: created.map(String) }));
    expect(undone).toMatchObject({ ok: true, message: "Undone: 1 concern no longer marked as not raised. 1 status changed since and was kept." });
    expect((await statusesAt(f.round.id)).map((r) => r.id).sort()).toEqual([second, (await db.statusAssessment.findFirstOrThrow({ where: { concernId: f.b1.id } })).id].sort());
    expect((await auditEventsFor("StatusAssessment", first)).map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
  });

  it("refuses a viewer, and an empty or malformed request, changing nothing", async () => {
    const f = await fixture();
    await actAs("VIEWER");
    expect((await markNotRaised(initialActionState, formData({ roundId: f.round.id, concernIds: [String(f.a1.id)] }))).message).toMatch(/permission/);
    await actAs("ANALYST");
    expect((await markNotRaised(initialActionState, formData({ roundId: f.round.id }))).fieldErrors?.concernIds?.[0]).toMatch(/at least one/);
    expect((await undoNotRaised(initialActionState, formData({ roundId: f.round.id, statusIds: "abc" }))).ok).toBe(false);
    expect(await statusesAt(f.round.id)).toEqual([]);
  });
});
