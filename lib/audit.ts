import "server-only";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntity =
  | "User" | "Theme" | "Round" | "SourceDocument" | "Concern" | "StatusAssessment" | "StatusEvidence" | "IndividualCase" | "HandedOverList" | "ConcernAlias" | "ApiToken";

/**
 * Appends an audit event. Call it with the transaction client of the write it
 * records, so the event and the change commit or fail together.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  event: { actorId: number | null; action: AuditAction; entityType: AuditEntity; entityId: number | string; before?: unknown; after?: unknown },
) {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: String(event.entityId),
      before: toJson(event.before),
      after: toJson(event.after),
    },
    select: { id: true },
  });
}

// Dates and other non-JSON values become plain JSON; secrets never enter the log,
// nor search keys, which the database derives from fields the log already holds.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === "passwordHash" || key === "searchKeys" ? undefined : typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
