// Which fields of an audit event identify a person, in one place. Every history (a round's,
// a case's, the admin log) passes its events through withoutIdentity before they become
// sentences, so a case marked sensitive after an event is withheld from it as from its page.
// Pure, so a unit test holds it.

import type { AuditEventLike } from "@/lib/domain/audit-entries";

/**
 * A case's snapshot fields that identify the person (see seesIdentity): the name, its spellings
 * and name keys, the summary, and the situations and rounds, whose notes and quotes name them.
 * Kept: whether it is sensitive, its concerns and the labels of the cases merged with it.
 */
export const CASE_IDENTITY_FIELDS: readonly string[] = ["personName", "spellings", "nameKeys", "summary", "situations", "rounds"];

/**
 * A handed-over list's fields that named its cases. Lists were once audited with the names of
 * the cases not sensitive then; those names are never shown, whoever reads: the history names
 * the cases from caseIds as the reader may see them now.
 */
export const LIST_IDENTITY_FIELDS: readonly string[] = ["cases"];

const without = (snapshot: AuditEventLike["before"], fields: readonly string[]) =>
  snapshot && Object.fromEntries(Object.entries(snapshot).filter(([field]) => !fields.includes(field)));

/**
 * The event as this reader may read it. `identified(caseId)` says whether the reader may see
 * that case's identity now (seesIdentity with its current sensitivity).
 */
export function withoutIdentity(event: AuditEventLike, identified: (caseId: number) => boolean): AuditEventLike {
  const fields =
    event.entityType === "HandedOverList" ? LIST_IDENTITY_FIELDS
    : event.entityType === "IndividualCase" && !identified(Number(event.entityId)) ? CASE_IDENTITY_FIELDS
    : null;
  return fields ? { ...event, before: without(event.before, fields), after: without(event.after, fields) } : event;
}
