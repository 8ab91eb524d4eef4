import "server-only";
import { db } from "@/lib/db";
import { type RefType, type Snapshot, collectRefs } from "@/lib/domain/audit-diff";
import type { AuditEventLike } from "@/lib/domain/audit-entries";
import { caseLabel, isSensitive, seesIdentity } from "@/lib/domain/cases";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * A referenced record's name, its page, and (documents) its language; `deleted` when only a snapshot
 * or the id is left. A case's `identified`: whether this reader may see who it is (seesIdentity).
 */
export type RefName = { label: string; href?: string; language?: string; deleted?: boolean; identified?: boolean };
export type AuditNames = { refs: Record<string, RefName>; statuses: Record<number, { concernId: number; roundId: number }> };

export const refKey = (type: RefType, id: number) => `${type}:${id}`;

const DELETED_WORDS: Record<Exclude<RefType, "IndividualCase">, string> = {
  Round: "round", Concern: "concern", Theme: "theme", SourceDocument: "document", User: "user", StatusAssessment: "status",
};

/**
 * The name a reference shows, falling back to "deleted round #8" when nothing is known. A case
 * deleted since shows its label: its name, from no matter which event, may be one to withhold.
 */
export function nameOf(names: AuditNames, type: RefType, id: number): RefName {
  const known = names.refs[refKey(type, id)];
  if (known) return known;
  if (type === "IndividualCase") return { label: caseLabel(id), deleted: true };
  return { label: `deleted ${DELETED_WORDS[type]} #${id}`, deleted: true };
}

/** Whether the reader may see who a case is: as its current sensitivity allows, or, deleted, as for a sensitive one. */
export function identifiesCase(names: AuditNames, role: Role, id: number): boolean {
  return names.refs[refKey("IndividualCase", id)]?.identified ?? seesIdentity(role, true);
}

// The snapshot field holding a record's name.
const NAME_FIELDS: Partial<Record<RefType, string>> = {
  Round: "title", Concern: "title", SourceDocument: "title", Theme: "name", User: "name",
};

// Names the events carry themselves, for records deleted since.
function snapshotNames(events: AuditEventLike[]): AuditNames {
  const names: AuditNames = { refs: {}, statuses: {} };
  for (const event of events) {
    for (const s of [event.before, event.after]) {
      if (!s) continue;
      const field = NAME_FIELDS[event.entityType as RefType];
      if (field && typeof s[field] === "string") {
        const language = typeof s.language === "string" ? s.language : undefined;
        names.refs[refKey(event.entityType as RefType, Number(event.entityId))] = { label: s[field] as string, language, deleted: true };
      }
      if (event.entityType === "StatusAssessment" && s.concernId && s.roundId) {
        names.statuses[Number(event.entityId)] = { concernId: Number(s.concernId), roundId: Number(s.roundId) };
      }
    }
  }
  return names;
}

/**
 * Names every record a page of events refers to: one query per type of record,
 * never one per event. Statuses come first, because a source's event knows only
 * its status, whose concern and round then need names too. Cases are named as
 * this reader may see them now: "Name (Case 12)", or "Case 12" (seesIdentity).
 */
export async function resolveAuditNames(events: AuditEventLike[], reader: { role: Role }): Promise<AuditNames> {
  const names = snapshotNames(events);
  const refs = collectRefs(events.flatMap((e) => [e.before, e.after] as Snapshot[]));
  for (const e of events) {
    const field = idField(e.entityType);
    if (field) collectRefs([{ [field]: e.entityId }], refs);
  }
  const ids = (type: RefType) => [...(refs.get(type) ?? [])];

  const statuses = await db.statusAssessment.findMany({
    where: { id: { in: ids("StatusAssessment") } },
    select: { id: true, concernId: true, roundId: true },
  });
  for (const s of statuses) names.statuses[s.id] = { concernId: s.concernId, roundId: s.roundId };
  for (const s of Object.values(names.statuses)) collectRefs([{ concernId: s.concernId, roundId: s.roundId }], refs);

  const [rounds, concerns, themes, documents, users, cases] = await Promise.all([
    db.round.findMany({ where: { id: { in: ids("Round") } }, select: { id: true, title: true } }),
    db.concern.findMany({ where: { id: { in: ids("Concern") } }, select: { id: true, title: true } }),
    db.theme.findMany({ where: { id: { in: ids("Theme") } }, select: { id: true, name: true, slug: true } }),
    db.sourceDocument.findMany({ where: { id: { in: ids("SourceDocument") } }, select: { id: true, title: true, language: true } }),
    db.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true } }),
    db.individualCase.findMany({
      where: { id: { in: ids("IndividualCase") } },
      select: { id: true, personName: true, sensitive: true, mergedInto: { select: { sensitive: true } } },
    }),
  ]);
  for (const r of rounds) names.refs[refKey("Round", r.id)] = { label: r.title, href: `/rounds/${r.id}` };
  for (const c of concerns) names.refs[refKey("Concern", c.id)] = { label: c.title, href: `/concerns/${c.id}` };
  for (const t of themes) names.refs[refKey("Theme", t.id)] = { label: t.name, href: `/themes/${t.slug}` };
  for (const d of documents) {
    names.refs[refKey("SourceDocument", d.id)] = { label: d.title, href: `/documents/${d.id}`, language: d.language };
  }
  for (const u of users) names.refs[refKey("User", u.id)] = { label: u.name };
  for (const c of cases) {
    const identified = seesIdentity(reader.role, isSensitive(c));
    const label = identified ? `${c.personName} (${caseLabel(c.id)})` : caseLabel(c.id);
    names.refs[refKey("IndividualCase", c.id)] = { label, href: `/cases/${c.id}`, identified };
  }
  await nameDeleted(names, refs);
  return names;
}

// Records gone from the database and from this page: their name from their own delete event, in one query.
async function nameDeleted(names: AuditNames, refs: Map<RefType, Set<number>>) {
  const missing = [...refs].flatMap(([type, ids]) =>
    NAME_FIELDS[type] ? [{ entityType: type, entityId: { in: [...ids].filter((id) => !names.refs[refKey(type, id)]).map(String) } }] : [],
  ).filter((w) => w.entityId.in.length > 0);
  if (missing.length === 0) return;
  const deletes = await db.auditEvent.findMany({
    where: { action: "DELETE", OR: missing },
    select: { entityType: true, entityId: true, before: true },
  });
  for (const d of deletes) {
    const type = d.entityType as RefType;
    const label = (d.before as Record<string, unknown> | null)?.[NAME_FIELDS[type]!];
    if (typeof label === "string") names.refs[refKey(type, Number(d.entityId))] = { label, deleted: true };
  }
}

// The snapshot field that holds an id of each type, so collectRefs files an event's own record correctly.
const ID_FIELDS: Record<string, string> = {
  Round: "roundId", Concern: "concernId", Theme: "themeId", SourceDocument: "documentId", User: "authorId", IndividualCase: "caseIds",
};
const idField = (entityType: string) => ID_FIELDS[entityType] ?? "";
