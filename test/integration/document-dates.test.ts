import { beforeEach, describe, expect, it } from "vitest";
import { createDocument, updateDocument } from "@/lib/actions/documents";
import { initialActionState } from "@/lib/action-state";
import { listDocuments } from "@/lib/data/documents";
import { db } from "@/lib/db";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";

const input = (roundId: number, publishedOn: string) => ({
  title: unique("Dated release"), publisher: "EEAS", publishedOn, language: "en", roundIds: [String(roundId)], text: "Text.",
});

async function create(roundId: number, publishedOn: string) {
  const state = await createDocument(initialActionState, formData(input(roundId, publishedOn)));
  expect(state.ok, state.message).toBe(true);
  const id = (state.data as { id: number }).id;
  return db.sourceDocument.findUniqueOrThrow({ where: { id }, select: { id: true, publishedOn: true, publishedPrecision: true, version: true } });
}

describe("document publication dates", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("stores a day, a month, a year or no date, with how much of it is known", async () => {
    const { round } = await makeFixture();
    expect(await create(round.id, "2025-03-06")).toMatchObject({ publishedOn: new Date("2025-03-06"), publishedPrecision: "DAY" });
    expect(await create(round.id, "2025-03")).toMatchObject({ publishedOn: new Date("2025-03-01"), publishedPrecision: "MONTH" });
    expect(await create(round.id, "2025")).toMatchObject({ publishedOn: new Date("2025-01-01"), publishedPrecision: "YEAR" });
    expect(await create(round.id, "")).toMatchObject({ publishedOn: null });
  });

  it("refuses a date that does not exist or has another shape, keeping what was typed", async () => {
    const { round } = await makeFixture();
    for (const [typed, message] of [
      ["2020-02-30", /2020-02-30 is not a real date; February 2020 has 29 days/],
      ["2025-13", /13 is not a month/],
      ["06/03/2025", /YYYY-MM-DD, YYYY-MM or YYYY/],
      ["March 2025", /YYYY-MM-DD, YYYY-MM or YYYY/],
    ] as const) {
      const fields = input(round.id, typed);
      const state = await createDocument(initialActionState, formData(fields));
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.publishedOn?.[0]).toMatch(message);
      expect(state.values).toMatchObject({ publishedOn: typed, title: fields.title });
      expect(await db.sourceDocument.count({ where: { title: fields.title } })).toBe(0);
    }
  });

  it("changes a date's precision on edit and audits it as the form shows it", async () => {
    const { round } = await makeFixture();
    const doc = await create(round.id, "2025-03-06");
    const fields = { ...input(round.id, "2025-03"), id: doc.id, version: doc.version };
    const saved = await updateDocument(initialActionState, formData(fields));
    expect(saved.ok, saved.message).toBe(true);
    expect(await db.sourceDocument.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ publishedOn: new Date("2025-03-01"), publishedPrecision: "MONTH" });
    const cleared = await updateDocument(initialActionState, formData({ ...fields, publishedOn: "", version: doc.version + 1 }));
    expect(cleared.ok, cleared.message).toBe(true);
    expect((await db.sourceDocument.findUniqueOrThrow({ where: { id: doc.id } })).publishedOn).toBeNull();
    const [, toMonth, clearing] = await auditEventsFor("SourceDocument", doc.id);
    expect(toMonth).toMatchObject({ before: { publishedOn: "2025-03-06" }, after: { publishedOn: "2025-03" } });
    expect(clearing).toMatchObject({ before: { publishedOn: "2025-03" }, after: { publishedOn: "" } });
  });

  it("refuses an impossible date on edit and leaves the stored one alone", async () => {
    const { round } = await makeFixture();
    const doc = await create(round.id, "2024");
    const state = await updateDocument(initialActionState, formData({ ...input(round.id, "2023-02-29"), id: doc.id, version: doc.version }));
    expect(state.fieldErrors?.publishedOn?.[0]).toMatch(/February 2023 has 28 days/);
    expect(await db.sourceDocument.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ publishedOn: new Date("2024-01-01"), publishedPrecision: "YEAR" });
  });

  it("lists documents newest first with unknown dates last", async () => {
    const { round } = await makeFixture();
    const unknown = await create(round.id, "");
    const far = await create(round.id, "2199-05");
    const farther = await create(round.id, "2199-06-02");
    const docs = await listDocuments();
    const position = (id: number) => docs.findIndex((d) => d.id === id);
    expect(position(farther.id)).toBeLessThan(position(far.id));
    const firstUnknown = docs.findIndex((d) => d.publishedOn === null);
    expect(docs.slice(firstUnknown).every((d) => d.publishedOn === null)).toBe(true);
    expect(position(unknown.id)).toBeGreaterThanOrEqual(firstUnknown);
  });
});
