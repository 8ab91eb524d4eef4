// The history sections and the admin log read like sentences: real actions, then the
// entries they produce, with every id named (and linked), and one entry per bulk action.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createConcern, deleteConcern, mergeConcerns } from "@/lib/actions/concerns";
import { addEvidence } from "@/lib/actions/evidence";
import { markNotRaised } from "@/lib/actions/not-raised";
import { setStatus } from "@/lib/actions/statuses";
import { initialActionState } from "@/lib/action-state";
import { listReadableHistory, readableHistory, type ReadableHistory } from "@/lib/data/audit";
import { nameOf } from "@/lib/data/audit-names";
import { db } from "@/lib/db";
import type { Part } from "@/lib/domain/audit-entries";
import { actAs, formData, slugOf, unique } from "@/test/integration/helpers";
import { makeFixture } from "@/test/integration/fixtures";

const VIEWER = { role: "VIEWER" } as const;
const ADMIN = { role: "ADMIN" } as const;
const ENGLISH = "raised concerns about the “false information” charges";
const RUSSIAN = "обвинениями в распространении «ложной информации»";

/** An entry's sentence as text, with every reference replaced by its name. */
function read(history: ReadableHistory, parts: Part[]): string {
  return parts
    .map((p) => (typeof p === "string" ? p : "ref" in p ? nameOf(history.names, p.ref.type, p.ref.id).label : `“${p.piece.quote}”`))
    .join("");
}
const sentences = (history: ReadableHistory) => history.entries.map((e) => read(history, e.sentence));

async function scenario() {
  const f = await makeFixture();
  const later = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Later round"), startDate: new Date("2031-02-01") } });
  const russian = await db.sourceDocument.create({
    data: { title: unique("Пресс-релиз"), publisher: "Kazinform", language: "ru", text: `ЕС выразил обеспокоенность ${RUSSIAN}.`, rounds: { create: { roundId: f.round.id } } },
  });
  const title = unique("Charges against bloggers");
  const created = await createConcern(initialActionState, formData({ title, themeId: f.theme.id, firstRaisedRoundId: f.round.id }));
  const concernId = (created.data as { id: number }).id;
  const status = await setStatus(initialActionState, formData({ concernId, roundId: f.round.id, status: "RAISED", quote: ENGLISH, documentId: f.document.id }));
  const statusId = (status.data as { id: number }).id;
  expect((await addEvidence(initialActionState, formData({ statusId, documentId: russian.id, quote: RUSSIAN, translation: "false information charges" }))).ok).toBe(true);

  const theme = await db.theme.create({ data: { slug: slugOf(unique("bulk-theme")), name: unique("Bulk theme") } });
  const others = [];
  for (const label of ["Bulk A", "Bulk B", "Bulk C"]) others.push(await db.concern.create({ data: { title: unique(label), themeId: theme.id } }));
  const [duplicate] = others as [(typeof others)[number]];
  expect((await markNotRaised(initialActionState, formData({ roundId: f.round.id, concernIds: others.map((c) => String(c.id)) }))).ok).toBe(true);
  expect((await markNotRaised(initialActionState, formData({ roundId: later.id, concernIds: [String(duplicate.id)] }))).ok).toBe(true);
  const merged = await mergeConcerns(initialActionState, formData({ sourceId: duplicate.id, targetId: concernId, sourceVersion: 1, targetVersion: 1 }));
  expect(merged.ok).toBe(true);
  return { ...f, later, russian, title, concernId, duplicate, others };
}

describe("readable history", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("names and links the concern, round, theme and documents on the concern page, and folds the merge into one entry", async () => {
    const s = await scenario();
    const history = await listReadableHistory("Concern", s.concernId, VIEWER);
    expect(sentences(history)).toEqual([
      `merged ${s.duplicate.title} into ${s.title}, moving 1 status`,
      `added a source (“${RUSSIAN}”) to the status of ${s.title} at ${s.round.title}`,
      `recorded ${s.title} as “Raised” at ${s.round.title}`,
      `created concern ${s.title}`,
    ]);
    expect(nameOf(history.names, "Round", s.round.id)).toEqual({ label: s.round.title, href: `/rounds/${s.round.id}` });
    expect(nameOf(history.names, "Concern", s.duplicate.id)).toMatchObject({ label: s.duplicate.title, href: `/concerns/${s.duplicate.id}` });
    expect(nameOf(history.names, "SourceDocument", s.russian.id)).toMatchObject({ language: "ru", href: `/documents/${s.russian.id}` });

    const [merge, , recorded, create] = history.entries;
    expect(merge!.children.map((c) => read(history, c.sentence))).toEqual([`changed the status of ${s.title} at ${s.later.title}`]);
    expect(merge!.children[0]!.changes).toMatchObject([{ label: "Concern", from: { refs: [{ id: s.duplicate.id }] }, to: { refs: [{ id: s.concernId }] } }]);
    expect(recorded!.changes).toMatchObject([
      { label: "Status", to: { kind: "text", text: "Raised" } },
      { label: "Sources", to: { kind: "pieces", pieces: [{ documentId: s.document.id, quote: ENGLISH }] } },
    ]);
    expect(create!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: "Theme", to: { kind: "refs", refs: [{ type: "Theme", id: s.theme.id }] } }),
        expect.objectContaining({ label: "First raised at", to: { kind: "refs", refs: [{ type: "Round", id: s.round.id }] } }),
      ]),
    );
    expect(nameOf(history.names, "Theme", s.theme.id).label).toBe(s.theme.name);
  });

  it("shows a bulk not-raised as one entry with a count on the round page, and the merge on the merged concern", async () => {
    const s = await scenario();
    const round = await listReadableHistory("Round", s.round.id, VIEWER);
    const bulk = round.entries.find((e) => read(round, e.sentence) === `marked 3 concerns as not raised at ${s.round.title}`);
    expect(bulk?.children.map((c) => read(round, c.sentence))).toEqual(s.others.map((c) => `marked ${c.title} as not raised at ${s.round.title}`));

    const source = await listReadableHistory("Concern", s.duplicate.id, VIEWER);
    expect(sentences(source)[0]).toBe(`merged ${s.duplicate.title} into ${s.title}, moving 1 status and dropping 1 already recorded on the kept concern`);
  });

  it("names what was deleted from its own snapshot, and resolves names with one query per kind of record", async () => {
    const s = await scenario();
    const [, bulkB] = s.others as [unknown, { id: number; title: string }];
    expect((await deleteConcern(initialActionState, formData({ id: bulkB.id, version: 1, confirmed: "yes" }))).ok).toBe(true);
    const round = await listReadableHistory("Round", s.round.id, VIEWER);
    expect(nameOf(round.names, "Concern", bulkB.id)).toEqual({ label: bulkB.title, deleted: true });
    expect(nameOf(round.names, "Round", 2_000_000_000)).toEqual({ label: "deleted round #2000000000", deleted: true });

    const rows = await db.auditEvent.findMany({
      where: { createdAt: { gte: new Date(Date.now() - 60_000) } },
      orderBy: { id: "desc" },
      take: 50,
      select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } },
    });
    const models = [db.round, db.concern, db.theme, db.sourceDocument, db.user, db.statusAssessment, db.individualCase];
    const spies = models.map((m) => vi.spyOn(m, "findMany"));
    try {
      await readableHistory(rows, { redact: false, reader: ADMIN });
      for (const spy of spies) expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it("reads a status event from before several sources, and shows a user's email to admins only", async () => {
    const f = await makeFixture();
    const admin = (await actAs("ADMIN"))!;
    // Stored as the app wrote them before: the quote and its document on the status itself.
    const old = { concernId: f.concern.id, roundId: f.round.id, status: "NO_PROGRESS", note: "", quote: "the EU reiterated", documentId: f.document.id };
    const select = { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } } as const;
    const statusEvent = await db.auditEvent.create({
      data: { actorId: admin.id, action: "UPDATE", entityType: "StatusAssessment", entityId: "999999", before: old, after: { ...old, status: "IN_PROGRESS" } },
      select,
    });
    const userEvent = await db.auditEvent.create({
      data: { actorId: admin.id, action: "UPDATE", entityType: "User", entityId: String(admin.id), before: { name: "Old name", email: "old@example.org" }, after: { name: "New name", email: "new@example.org" } },
      select,
    });

    const history = await readableHistory([statusEvent], { redact: true, reader: VIEWER });
    expect(read(history, history.entries[0]!.sentence)).toBe(`changed the status of ${f.concern.title} at ${f.round.title}`);
    expect(history.entries[0]!.changes.map((c) => c.label)).toEqual(["Status"]);
    const changedDocument = await readableHistory([{ ...statusEvent, after: { ...old, documentId: 2_000_000_000 } }], { redact: true, reader: VIEWER });
    expect(changedDocument.entries[0]!.changes).toMatchObject([{ label: "Document", from: { refs: [{ id: f.document.id }] } }]);
    expect(nameOf(changedDocument.names, "SourceDocument", f.document.id)).toMatchObject({ label: f.document.title, href: `/documents/${f.document.id}` });

    const forViewers = await readableHistory([userEvent], { redact: true, reader: VIEWER });
    expect(forViewers.entries[0]!.changes.map((c) => c.label)).toEqual(["Name"]);
    const forAdmins = await readableHistory([userEvent], { redact: false, reader: ADMIN });
    expect(forAdmins.entries[0]!.changes.map((c) => c.label)).toEqual(["Name", "Email"]);
  });
});
