import { beforeEach, describe, expect, it } from "vitest";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { createHandedOverList, deleteHandedOverList, updateHandedOverList } from "@/lib/actions/handed-over-lists";
import { listHistory } from "@/lib/data/audit";
import { listHandedOverLists } from "@/lib/data/cases";
import { db } from "@/lib/db";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";
import { actAs, formData } from "@/test/integration/helpers";
import { makeCase } from "@/test/integration/case-fixtures";

type Call = (state: ActionState, input: FormData) => Promise<ActionState>;
const call = (action: Call, fields: Record<string, string | string[] | number | undefined>) => action(initialActionState, formData(fields));

const QUOTE = "The EU welcomed the adoption of the new law on domestic violence.";

async function listAt() {
  const fixture = await makeFixture();
  const list = await db.handedOverList.create({ data: { roundId: fixture.round.id, documentId: fixture.document.id, quote: QUOTE, size: 2 } });
  return { ...fixture, list };
}

describe("handed-over list actions", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("records a list with its size, cases and quote, audited in the round's history; a viewer sees a sensitive case on it by label", async () => {
    const { round, document } = await makeFixture();
    const [named, hidden] = [await makeCase(), await makeCase({ sensitive: true })];
    const state = await call(createHandedOverList, {
      roundId: round.id, size: "12", caseIds: [String(named.id), String(hidden.id)], quote: QUOTE, documentId: document.id,
    });
    expect(state).toMatchObject({ ok: true, data: { id: expect.any(Number) } });
    const id = (state.data as { id: number }).id;
    const [event] = await auditEventsFor("HandedOverList", id);
    expect(event).toMatchObject({ action: "CREATE", after: { roundId: round.id, size: 12, caseIds: [named.id, hidden.id] } });
    expect((await listHistory("Round", round.id)).map((e) => e.entityType)).toContain("HandedOverList");

    const [asViewer] = await listHandedOverLists(round.id, { role: "VIEWER" });
    expect(asViewer).toMatchObject({ size: 12, quote: QUOTE });
    expect(asViewer!.cases.map((c) => c.name).sort()).toEqual([named.personName, `Case ${hidden.id}`].sort());
  });

  it("records a list whose size and cases no text gives", async () => {
    const { round, document } = await makeFixture();
    expect((await call(createHandedOverList, { roundId: round.id, size: "", quote: QUOTE, documentId: document.id })).ok).toBe(true);
    expect(await db.handedOverList.findFirstOrThrow({ where: { roundId: round.id }, include: { cases: true } })).toMatchObject({ size: null, cases: [] });
  });

  it("refuses a quote not in the document, a document about another round, a bad size and a missing quote, and saves nothing", async () => {
    const { round, document } = await makeFixture();
    const other = await makeFixture();
    const base = { roundId: round.id, documentId: document.id, quote: QUOTE };
    expect((await call(createHandedOverList, { ...base, quote: "A list this document never mentioned at all." })).fieldErrors?.quote?.[0]).toMatch(/does not occur/);
    expect((await call(createHandedOverList, { ...base, documentId: other.document.id })).fieldErrors?.documentId?.[0]).toMatch(/does not report on this round/);
    expect((await call(createHandedOverList, { ...base, size: "-3" })).fieldErrors?.size?.[0]).toMatch(/number of cases/);
    expect((await call(createHandedOverList, { ...base, quote: "" })).fieldErrors?.quote?.[0]).toMatch(/Paste the passage/);
    expect((await call(createHandedOverList, { ...base, caseIds: ["999999999"] })).fieldErrors?.caseIds?.[0]).toMatch(/no longer exists/);
    expect(await db.handedOverList.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("refuses a viewer, and saves nothing", async () => {
    const { round, document } = await makeFixture();
    await actAs("VIEWER");
    expect((await call(createHandedOverList, { roundId: round.id, quote: QUOTE, documentId: document.id })).message).toMatch(/permission/);
    const { list } = await listAt();
    expect((await call(deleteHandedOverList, { id: list.id, version: 1 })).message).toMatch(/permission/);
    expect(await db.handedOverList.count({ where: { roundId: round.id } })).toBe(0);
    expect(await db.handedOverList.count({ where: { id: list.id } })).toBe(1);
  });

  it("edits a list's size and cases, and refuses a stale edit with the other person's values", async () => {
    const { list, document } = await listAt();
    const individual = await makeCase();
    const edit = { id: list.id, documentId: document.id, quote: QUOTE };
    expect((await call(updateHandedOverList, { ...edit, version: 1, size: "5", caseIds: [String(individual.id)] })).ok).toBe(true);
    const stale = await call(updateHandedOverList, { ...edit, version: 1, size: "7" });
    expect(stale).toMatchObject({ ok: false, data: { version: 2, current: { size: "5" } }, values: { size: "7" } });
    expect((await call(updateHandedOverList, { ...edit, version: 2, quote: "A list this document never mentioned at all." })).fieldErrors?.quote).toBeDefined();
    const saved = await db.handedOverList.findUniqueOrThrow({ where: { id: list.id }, include: { cases: true } });
    expect(saved).toMatchObject({ size: 5, version: 2, cases: [{ caseId: individual.id }] });
    expect((await auditEventsFor("HandedOverList", list.id)).map((e) => e.action)).toEqual(["UPDATE"]);
  });

  it("deletes a list at its version only, audited", async () => {
    const { list } = await listAt();
    expect((await call(deleteHandedOverList, { id: list.id, version: 3 })).message).toMatch(/Someone else changed this list/);
    expect((await call(deleteHandedOverList, { id: list.id, version: 1 })).ok).toBe(true);
    expect(await db.handedOverList.count({ where: { id: list.id } })).toBe(0);
    expect(await auditEventsFor("HandedOverList", list.id)).toMatchObject([{ action: "DELETE", before: { size: 2 } }]);
  });
});
