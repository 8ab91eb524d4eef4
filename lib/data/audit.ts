import "server-only";
import { db } from "@/lib/db";
import { realDay } from "@/lib/domain/dates";
import { parseId, parsePage } from "@/lib/domain/params";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type AuditNames, identifiesCase, resolveAuditNames } from "@/lib/data/audit-names";
import type { Snapshot } from "@/lib/domain/audit-diff";
import { type AuditEventLike, type Entry, buildEntries } from "@/lib/domain/audit-entries";
import { withoutIdentity } from "@/lib/domain/audit-identity";
import type { Role } from "@/lib/generated/prisma/enums";

const EVENT_FIELDS = {
  id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true,
  actor: { select: { id: true, name: true } },
} as const;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof EVENT_FIELDS }>;

/**
 * Events about an entity, about the statuses that belong to it (by concernId or
 * roundId), and about the sources of those statuses (which know only their statusId).
 */
export async function listHistory(entityType: "Concern" | "Round" | "IndividualCase", id: number): Promise<AuditRow[]> {
  // A case's events hold everything about it (situations, rounds, concerns in words).
  if (entityType === "IndividualCase") {
    return db.auditEvent.findMany({
      where: { entityType, entityId: String(id) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: EVENT_FIELDS,
    });
  }
  const key = entityType === "Concern" ? "concernId" : "roundId";
  const sources = await db.$queryRaw<{ id: bigint }[]>`
    SELECT e.id FROM audit_events e
    WHERE e.entity_type = 'StatusEvidence'
      AND COALESCE(e.after, e.before)->>'statusId' IN (
        SELECT s.entity_id FROM audit_events s
        WHERE s.entity_type = 'StatusAssessment' AND (s.after->>${key} = ${String(id)} OR s.before->>${key} = ${String(id)}))
    ORDER BY e.created_at DESC LIMIT 200`;
  return db.auditEvent.findMany({
    where: {
      OR: [
        { entityType, entityId: String(id) },
        // Lists of cases handed over at a round belong to its history.
        ...(entityType === "Round"
          ? [{ entityType: "HandedOverList", after: { path: ["roundId"], equals: id } }, { entityType: "HandedOverList", before: { path: ["roundId"], equals: id } }]
          : []),
        { entityType: "StatusAssessment", after: { path: [key], equals: id } },
        { entityType: "StatusAssessment", before: { path: [key], equals: id } },
        { id: { in: sources.map((s) => s.id) } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: EVENT_FIELDS,
  });
}

export type ReadableHistory = { entries: Entry[]; names: AuditNames };

/**
 * Events as readable entries with every referenced record named. `redact` hides
 * personal data (emails): history sections are open to viewers, the log only to admins.
 * Cases are shown as the reader may see them now (seesIdentity with their current
 * sensitivity), whatever the events recorded then (lib/domain/audit-identity.ts).
 */
export async function readableHistory(
  rows: AuditRow[],
  { redact, reader }: { redact: boolean; reader: { role: Role } },
): Promise<ReadableHistory> {
  // xmin: the transaction that inserted each event (the table is append-only, so it never changes).
  const ids = rows.map((r) => r.id);
  const txs = ids.length
    ? await db.$queryRaw<{ id: bigint; tx: string }[]>`SELECT id, xmin::text AS tx FROM audit_events WHERE id = ANY(${ids}::bigint[])`
    : [];
  const txOf = new Map(txs.map((t) => [String(t.id), t.tx]));
  const events: AuditEventLike[] = rows.map((r) => ({
    ...r,
    id: String(r.id),
    before: r.before as Snapshot,
    after: r.after as Snapshot,
    tx: txOf.get(String(r.id)),
  }));
  const names = await resolveAuditNames(events, reader);
  const readable = events.map((e) => withoutIdentity(e, (caseId) => identifiesCase(names, reader.role, caseId)));
  return { entries: buildEntries(readable, { statusOf: (statusId) => names.statuses[statusId], redact }), names };
}

/**
 * A concern's, round's or case's history for its page, readable by any signed-in
 * user (a sensitive case's page asks lib/data/cases.ts first: see getCaseHistory).
 */
export async function listReadableHistory(
  entityType: "Concern" | "Round" | "IndividualCase",
  id: number,
  reader: { role: Role },
): Promise<ReadableHistory> {
  return readableHistory(await listHistory(entityType, id), { redact: true, reader });
}

export type AuditFilters = { entityType?: string; actorId?: number; from?: Date; to?: Date; page: number };

export const AUDIT_PAGE_SIZE = 50;

/** Reads the filters from the URL, ignoring anything malformed (the page then shows everything, page 1). */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const day = (value: string) => realDay(value) ?? undefined;
  const to = day(one("to"));
  return {
    entityType: /^[A-Za-z]{1,40}$/.test(one("entity")) ? one("entity") : undefined,
    actorId: parseId(one("actor")) ?? undefined,
    from: day(one("from")),
    // "to" is inclusive: events up to the end of that day.
    to: to ? new Date(to.getTime() + 86_400_000) : undefined,
    page: parsePage(one("page")) ?? 1,
  };
}

export async function listAuditEvents(filters: AuditFilters) {
  const where: Prisma.AuditEventWhereInput = {
    entityType: filters.entityType,
    actorId: filters.actorId,
    createdAt: { gte: filters.from, lt: filters.to },
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (filters.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: EVENT_FIELDS }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total };
}

export async function listAuditActors() {
  return db.user.findMany({ where: { auditEvents: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
