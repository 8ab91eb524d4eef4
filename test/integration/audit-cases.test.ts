// Histories name the people on handed-over lists, and show a case's changes, as the
// reader may see that case now: a case marked sensitive after the event shows a viewer
// only its label, whatever the stored event recorded then.
import { beforeEach, describe, expect, it } from "vitest";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { createCase, mergeCases } from "@/lib/actions/cases";
import { createHandedOverList } from "@/lib/actions/handed-over-lists";
import { listHistory, listReadableHistory, readableHistory, type ReadableHistory } from "@/lib/data/audit";
import { nameOf } from "@/lib/data/audit-names";
import { getCase, getCaseHistory } from "@/lib/data/cases";
import { db } from "@/lib/db";
import type { Value } from "@/lib/domain/audit-diff";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";
import { actAs, formData } from "@/test/integration/helpers";
import { makeCase, personName } from "@/test/integration/case-fixtures";

type Call = (state: ActionState, input: FormData) => Promise<ActionState>;
const call = (action: Call, fields: Record<string, string | string[] | number | undefined>) => action(initialActionState, formData(fields));

const QUOTE = "The EU welcomed the adoption of the new law on domestic violence.";
const viewer = { role: "VIEWER" } as const;
const analyst = { role: "ANALYST" } as const;
const admin = { role: "ADMIN" } as const;

/** The names the history gives the cases of its lists' "Cases" fields. */
function listedCases(history: ReadableHistory): string[] {
  const refs = history.entries.flatMap((e) => e.changes.filter((c) => c.field === "caseIds").flatMap((c) => [c.from, c.to]));
  return refs.flatMap((v: Value) => (v.kind === "refs" ? v.refs.map((r) => nameOf(history.names, r.type, r.id).label) : []));
}

/** A list recorded through the action, with a case on it that is not sensitive yet. */
async function listWithCase() {
  const { round, document } = await makeFixture();
  const person = await makeCase();
  const state = await call(createHandedOverList, { roundId: round.id, size: "3", caseIds: [String(person.id)], quote: QUOTE, documentId: document.id });
  expect(state.ok).toBe(true);
  return { round, document, person, listId: (state.data as { id: number }).id };
}

describe("cases in the audit history", () => {
  beforeEach(async () => {
    await actAs("ANALYST");
  });

  it("stores a list's cases by id only, and names them in the round's history as the reader may see them now", async () => {
    const { round, person, listId } = await listWithCase();
    const [event] = await auditEventsFor("HandedOverList", listId);
    expect(event?.after).toMatchObject({ caseIds: [person.id] });
    expect(JSON.stringify([event?.before, event?.after])).not.toContain(person.personName);

    await db.individualCase.update({ where: { id: person.id }, data: { sensitive: true } });
    const asViewer = await listReadableHistory("Round", round.id, viewer);
    expect(listedCases(asViewer)).toEqual([`Case ${person.id}`]);
    expect(JSON.stringify(asViewer)).not.toContain(person.personName);
    for (const reader of [analyst, admin]) {
      expect(listedCases(await listReadableHistory("Round", round.id, reader))).toEqual([`${person.personName} (Case ${person.id})`]);
    }
  });

  it("never shows the names an older event stored, and shows a case deleted since by its label", async () => {
    const { round, person, listId } = await listWithCase();
    const gone = await makeCase();
    const storedName = personName();
    // As lists were audited before: the names of the cases not sensitive then, beside their ids.
    await db.auditEvent.create({
      data: {
        action: "UPDATE", entityType: "HandedOverList", entityId: String(listId),
        before: { id: listId, roundId: round.id, size: 3, caseIds: [person.id], cases: [`${storedName} (Case ${person.id})`], version: 1 },
        after: { id: listId, roundId: round.id, size: 3, caseIds: [person.id, gone.id], cases: [`${storedName} (Case ${person.id})`, `${gone.personName} (Case ${gone.id})`], version: 2 },
      },
    });
    await db.individualCase.delete({ where: { id: gone.id } });
    await db.individualCase.update({ where: { id: person.id }, data: { sensitive: true } });

    const asViewer = await listReadableHistory("Round", round.id, viewer);
    const json = JSON.stringify(asViewer);
    for (const secret of [person.personName, storedName, gone.personName]) expect(json).not.toContain(secret);
    expect(listedCases(asViewer)).toContain(`Case ${gone.id}`);
    expect(nameOf(asViewer.names, "IndividualCase", gone.id)).toMatchObject({ label: `Case ${gone.id}`, deleted: true });

    // The admin log names the case as it is called now, never as the event stored it.
    const events = await db.auditEvent.findMany({
      where: { entityType: "HandedOverList", entityId: String(listId) },
      select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } },
    });
    const asAdmin = await readableHistory(events, { redact: false, reader: admin });
    expect(JSON.stringify(asAdmin)).not.toContain(storedName);
    expect(listedCases(asAdmin)).toContain(`${person.personName} (Case ${person.id})`);
  });

  it("hides a case's name, spellings and summary from a viewer in its events once it is sensitive, and shows them to an analyst", async () => {
    const person = { personName: personName(), spellings: [personName()], summary: "Summary naming the family of the person." };
    const state = await call(createCase, { ...person, spellings: person.spellings.join("\n") });
    expect(state.ok).toBe(true);
    const id = (state.data as { id: number }).id;
    await db.individualCase.update({ where: { id }, data: { sensitive: true } });
    const rows = await listHistory("IndividualCase", id);

    const asViewer = JSON.stringify(await readableHistory(rows, { redact: true, reader: viewer }));
    for (const secret of [person.personName, ...person.spellings, person.summary]) expect(asViewer).not.toContain(secret);
    const asAnalyst = JSON.stringify(await readableHistory(rows, { redact: true, reader: analyst }));
    for (const secret of [person.personName, ...person.spellings, person.summary]) expect(asAnalyst).toContain(secret);
  });

  it("withholds a case merged into a sensitive one as that one is withheld: on its page and in the round's history", async () => {
    const { round, person: duplicate } = await listWithCase();
    const kept = await makeCase({ sensitive: true });
    const merged = await call(mergeCases, { sourceId: duplicate.id, targetId: kept.id, sourceVersion: duplicate.version, targetVersion: kept.version });
    expect(merged.ok).toBe(true);

    const page = await getCase(duplicate.id, viewer);
    expect(page).toMatchObject({ name: `Case ${duplicate.id}`, sensitive: true, identityHidden: true, mergedInto: { id: kept.id } });
    expect(await getCaseHistory(duplicate.id, viewer)).toBeNull();
    const history = await listReadableHistory("Round", round.id, viewer);
    expect(listedCases(history)).toEqual([`Case ${duplicate.id}`]);
    for (const seen of [page, history]) expect(JSON.stringify(seen)).not.toContain(duplicate.personName);
    expect((await getCase(duplicate.id, analyst))?.name).toBe(duplicate.personName);
  });
});
