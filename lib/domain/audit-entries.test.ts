import { describe, expect, it } from "vitest";
import { type AuditEventLike, buildEntries, sentence } from "@/lib/domain/audit-entries";

const anna = { id: 1, name: "Anna" };
const at = new Date("2026-11-25T10:00:00.123Z");
let nextId = 1;
function event(fields: Partial<AuditEventLike>): AuditEventLike {
  return { id: String(nextId++), action: "CREATE", entityType: "Concern", entityId: "1", before: null, after: null, createdAt: at, actor: anna, ...fields };
}
const ctx = { statusOf: (id: number) => (id === 40 ? { concernId: 5, roundId: 8 } : undefined) };
const notRaised = (id: number, concernId: number) =>
  event({ entityType: "StatusAssessment", entityId: String(id), after: { id, concernId, roundId: 8, status: "NOT_RAISED", note: "", authorId: 1, evidence: [] } });

describe("sentence", () => {
  it("names a source, its status, concern and round", () => {
    const piece = { id: 3, statusId: 40, documentId: 11, quote: "обвинениями", translation: "charges" };
    expect(sentence(event({ entityType: "StatusEvidence", entityId: "3", after: piece }), ctx)).toEqual([
      "added a source (", { piece }, ") to ", "the status of ", { ref: { type: "Concern", id: 5 } }, " at ", { ref: { type: "Round", id: 8 } },
    ]);
    expect(sentence(event({ entityType: "StatusEvidence", action: "DELETE", before: { ...piece, statusId: 41 } }), ctx)).toContain("a status since deleted (#41)");
  });

  it("says what a status was recorded as, and who merged what into what", () => {
    const status = event({ entityType: "StatusAssessment", after: { concernId: 5, roundId: 8, status: "IN_PROGRESS", evidence: [] } });
    expect(sentence(status, ctx)).toEqual(["recorded ", { ref: { type: "Concern", id: 5 } }, " as “In progress” at ", { ref: { type: "Round", id: 8 } }]);
    const merge = event({ action: "MERGE", entityId: "6", before: { mergedIntoId: null }, after: { mergedIntoId: 5 } });
    expect(sentence(merge, ctx)).toEqual(["merged ", { ref: { type: "Concern", id: 6 } }, " into ", { ref: { type: "Concern", id: 5 } }]);
    expect(sentence(event({ action: "UPDATE", entityType: "Round", entityId: "8" }), ctx)).toEqual(["changed ", "round ", { ref: { type: "Round", id: 8 } }]);
  });
});

describe("buildEntries", () => {
  it("folds a bulk not-raised into one entry with the single changes inside", () => {
    const events = [notRaised(101, 1), notRaised(102, 2), notRaised(103, 3)];
    const [entry, ...rest] = buildEntries([...events].reverse(), ctx);
    expect(rest).toEqual([]);
    expect(entry!.sentence).toEqual(["marked 3 concerns as not raised at ", { ref: { type: "Round", id: 8 } }]);
    expect(entry!.children.map((c) => c.sentence[1])).toEqual([1, 2, 3].map((id) => ({ ref: { type: "Concern", id } })));
  });

  it("groups by inserting transaction, apart for another transaction or actor", () => {
    const first = [notRaised(104, 4), notRaised(106, 6)].map((e) => ({ ...e, tx: "900" }));
    const second = { ...notRaised(105, 5), tx: "901" };
    const other = { ...notRaised(107, 7), tx: "900", actor: { id: 2, name: "Ben" } };
    const entries = buildEntries([first[0]!, second, first[1]!, other], ctx);
    expect(entries.map((e) => e.children.length)).toEqual([2, 0, 0]);
  });

  it("without a transaction id, groups the same actor's events within the same second", () => {
    const sameSecond = { ...notRaised(108, 8), createdAt: new Date(at.getTime() + 500) };
    const nextSecond = { ...notRaised(109, 9), createdAt: new Date(at.getTime() + 1000) };
    expect(buildEntries([notRaised(110, 10), sameSecond, nextSecond], ctx).map((e) => e.children.length)).toEqual([2, 0]);
  });

  it("shows a merge as one entry that counts the statuses it moved and dropped", () => {
    const moved = event({ entityType: "StatusAssessment", action: "UPDATE", entityId: "50", before: { concernId: 6, roundId: 8 }, after: { concernId: 5, roundId: 8 } });
    const dropped = event({ entityType: "StatusAssessment", action: "DELETE", entityId: "51", before: { concernId: 6, roundId: 9 } });
    const source = event({ action: "MERGE", entityId: "6", before: { mergedIntoId: null }, after: { mergedIntoId: 5 } });
    const target = event({ action: "MERGE", entityId: "5", before: {}, after: { mergedFrom: 6 } });
    const [entry, ...rest] = buildEntries([target, source, dropped, moved], ctx);
    expect(rest).toEqual([]);
    expect(entry!.sentence.at(-1)).toBe(", moving 1 status and dropping 1 already recorded on the kept concern");
    expect(entry!.children).toHaveLength(2);
    expect(entry!.children[0]!.changes).toMatchObject([{ label: "Concern", from: { refs: [{ id: 6 }] }, to: { refs: [{ id: 5 }] } }]);
  });

  it("shows a concern delete with the statuses it took with it", () => {
    const status = event({ entityType: "StatusAssessment", action: "DELETE", entityId: "60", before: { concernId: 7, roundId: 8, status: "RAISED" } });
    const concern = event({ action: "DELETE", entityId: "7", before: { title: "Gone" } });
    const [entry] = buildEntries([concern, status], ctx);
    expect(entry!.sentence).toEqual(["deleted ", "concern ", { ref: { type: "Concern", id: 7 } }, " and its status"]);
    expect(entry!.changes).toMatchObject([{ label: "Title", from: { text: "Gone" }, to: { kind: "empty" } }]);
  });

  it("does not repeat the concern and round of a new status in its diff", () => {
    const [entry] = buildEntries([notRaised(107, 7)], ctx);
    expect(entry!.changes.map((c) => c.field)).toEqual(["status"]);
  });
});
