import "server-only";
import { db } from "@/lib/db";
import { realDay } from "@/lib/domain/dates";
import { parseId, parsePage } from "@/lib/domain/params";
import type { Prisma } from "@/lib/generated/prisma/client";

const EVENT_FIELDS = {
  id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true,
  actor: { select: { id: true, name: true } },
} as const;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof EVENT_FIELDS }>;

/** Events about an entity and about the statuses that belong to it (by concernId or roundId). */
export async function listHistory(entityType: "Concern" | "Round", id: number): Promise<AuditRow[]> {
  const key = entityType === "Concern" ? "concernId" : "roundId";
  return db.auditEvent.findMany({
    where: {
      OR: [
        { entityType, entityId: String(id) },
        { entityType: "StatusAssessment", after: { path: [key], equals: id } },
        { entityType: "StatusAssessment", before: { path: [key], equals: id } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: EVENT_FIELDS,
  });
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
