"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fixFirstRaisedSchema } from "@/lib/validation/data-checks";
import { notFound, staleVersion } from "@/lib/write/shared";

const FIELDS = { id: true, title: true, firstRaisedRoundId: true, version: true } as const;

/**
 * "Data to check"'s one-click fix: first raised becomes the earliest round the
 * concern was discussed at (date, then id), read inside the transaction so
 * the fix is the one the history says now, not the one the page showed.
 */
export const moveFirstRaisedToEarliest = authorizedAction("ANALYST", fixFirstRaisedSchema, async ({ id, version }, user) => {
  const round = await db.$transaction(async (tx) => {
    const before = await tx.concern.findUnique({ where: { id }, select: FIELDS });
    if (!before) throw notFound("concern");
    const earliest = await tx.statusAssessment.findFirst({
      where: { concernId: id, status: { not: "NOT_RAISED" } },
      orderBy: [{ round: { startDate: "asc" } }, { round: { id: "asc" } }],
      select: { round: { select: { id: true, title: true } } },
    });
    if (!earliest) throw new AppError("CONFLICT", "This concern has no discussed status any more, so there is no earliest round to move first raised to.");
    const { count } = await tx.concern.updateMany({ where: { id, version }, data: { firstRaisedRoundId: earliest.round.id, version: { increment: 1 } } });
    if (count === 0) throw staleVersion("concern", before);
    const after = await tx.concern.findUniqueOrThrow({ where: { id }, select: FIELDS });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "Concern", entityId: id, before, after });
    return earliest.round;
  });
  revalidatePath("/data-to-check");
  revalidatePath(`/concerns/${id}`);
  return { ok: true, message: `First raised is now ${round.title}.`, data: { id } };
});
