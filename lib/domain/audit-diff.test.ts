import { describe, expect, it } from "vitest";
import { changedFields, collectRefs, fieldLabel, readValue } from "@/lib/domain/audit-diff";

describe("changedFields", () => {
  it("lists only the fields that changed, ignoring bookkeeping columns, with readable labels", () => {
    expect(changedFields({ note: "old", status: "RAISED", version: 1 }, { note: "new", status: "RAISED", version: 2 })).toEqual([
      { field: "note", label: "Note", from: { kind: "text", text: "old" }, to: { kind: "text", text: "new" } },
    ]);
  });

  it("skips fields empty on both sides and shows ids as references", () => {
    expect(changedFields(null, { quote: null, note: "", roundIds: [1, 2] })).toEqual([
      { field: "roundIds", label: "Rounds", from: { kind: "empty" }, to: { kind: "refs", refs: [{ type: "Round", id: 1 }, { type: "Round", id: 2 }] } },
    ]);
  });

  it("shows statuses as words and dates as dates", () => {
    const [status] = changedFields({ status: "NO_PROGRESS" }, { status: "IN_PROGRESS" });
    expect(status).toMatchObject({ label: "Status", from: { text: "No progress" }, to: { text: "In progress" } });
    const [date] = changedFields({ startDate: "2024-03-05T00:00:00.000Z" }, { startDate: "2024-03-06T00:00:00.000Z" });
    expect(date).toMatchObject({ label: "Start date", from: { text: "5 Mar 2024" }, to: { text: "6 Mar 2024" } });
    expect(readValue("publishedOn", "2025-03")).toEqual({ kind: "text", text: "March 2025" });
    expect(readValue("publishedOn", "2025-03-06")).toEqual({ kind: "text", text: "6 Mar 2025" });
    expect(changedFields({ firstRaisedRoundId: null }, { firstRaisedRoundId: 8 })[0]).toMatchObject({
      label: "First raised at",
      to: { kind: "refs", refs: [{ type: "Round", id: 8 }] },
    });
  });

  it("shortens long texts and keeps the whole text", () => {
    const long = "word ".repeat(60).trim();
    const value = readValue("description", long);
    expect(value).toMatchObject({ kind: "long", full: long });
    expect(value.kind === "long" && value.short.length).toBeLessThan(130);
  });

  it("compares evidence piece by piece: removed pieces before, added pieces after", () => {
    const a = { id: 1, documentId: 3, quote: "first quote", translation: "" };
    const b = { id: 2, documentId: 4, quote: "второй", translation: "second" };
    const [change] = changedFields({ status: "RAISED", evidence: [a] }, { status: "RAISED", evidence: [a, b] });
    expect(change).toEqual({ field: "evidence", label: "Source added", from: { kind: "empty" }, to: { kind: "pieces", pieces: [b] } });
    expect(changedFields({ evidence: [a, b] }, { evidence: [] })).toEqual([
      { field: "evidence:removed", label: "Sources removed", from: { kind: "pieces", pieces: [a, b] }, to: { kind: "empty" } },
    ]);
    expect(changedFields(null, { evidence: [a] })[0]).toMatchObject({ label: "Sources", to: { kind: "pieces", pieces: [a] } });
    expect(changedFields({ evidence: [a] }, { evidence: [a] })).toEqual([]);
  });

  it("reads events from before several sources per status, with the quote and document on the status itself", () => {
    const before = { status: "NO_PROGRESS", quote: "the EU reiterated its concern", documentId: 4, translation: "" };
    const after = { status: "IN_PROGRESS", quote: "the EU noted steps taken", documentId: 5, translation: "" };
    expect(changedFields(before, after)).toEqual([
      { field: "status", label: "Status", from: { kind: "text", text: "No progress" }, to: { kind: "text", text: "In progress" } },
      { field: "quote", label: "Quote", from: { kind: "text", text: before.quote }, to: { kind: "text", text: after.quote } },
      { field: "documentId", label: "Document", from: { kind: "refs", refs: [{ type: "SourceDocument", id: 4 }] }, to: { kind: "refs", refs: [{ type: "SourceDocument", id: 5 }] } },
    ]);
  });

  it("hides emails from readers who are not admins, and never shows password hashes", () => {
    const before = { name: "Anna", email: "anna@example.org", passwordHash: "x" };
    const after = { name: "Anna B", email: "anna.b@example.org", passwordHash: "y" };
    expect(changedFields(before, after, { redact: true }).map((c) => c.field)).toEqual(["name"]);
    expect(changedFields(before, after).map((c) => c.field)).toEqual(["name", "email"]);
  });
});

describe("fieldLabel and collectRefs", () => {
  it("labels unknown fields in words", () => {
    expect(fieldLabel("someNewField")).toBe("Some new field");
    expect(fieldLabel("mergedIntoId")).toBe("Merged into");
  });

  it("collects every referenced id by type, including the documents of evidence pieces", () => {
    const refs = collectRefs([
      { concernId: 5, roundId: 8, authorId: 2, evidence: [{ documentId: 11, quote: "q" }] },
      { roundIds: [8, 9], themeId: "3", documentId: null },
    ]);
    expect(Object.fromEntries([...refs].map(([type, ids]) => [type, [...ids].sort()]))).toEqual({
      Concern: [5], Round: [8, 9], User: [2], SourceDocument: [11], Theme: [3],
    });
  });
});
