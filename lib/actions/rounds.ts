"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { plural } from "@/lib/domain/format";
import { notFound, staleVersion } from "@/lib/write/shared";
import { deleteRoundSchema, roundSchema, updateRoundSchema } from "@/lib/validation/rounds";

const ROUND_FIELDS = {
  id: true, kind: true, number: true, title: true, startDate: true, endDate: true, place: true, format: true,
  euDelegationHead: true, kzDelegationHead: true, summary: true, version: true,
} as const;

const DUPLICATE_NUMBER = new AppError("VALIDATION", "Please correct the highlighted fields.", {
  number: ["A round of this kind already has this number."],
});

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

export const createRound = authorizedAction("ANALYST", roundSchema, async (input, user) => {
  try {
    const round = await db.$transaction(async (tx) => {
      const created = await tx.round.create({ data: input, select: ROUND_FIELDS });
      await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "Round", entityId: created.id, after: created });
      return created;
    });
    revalidatePath("/rounds");
    return { ok: true, message: "Round created.", data: { id: round.id } };
  } catch (error) {
    if (isUniqueViolation(error)) throw DUPLICATE_NUMBER;
    throw error;
  }
});

export const updateRound = authorizedAction("ANALYST", updateRoundSchema, async ({ id, version, ...input }, user) => {
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.round.findUnique({ where: { id }, select: ROUND_FIELDS });
      if (!before) throw notFound("round");
      const { count } = await tx.round.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } });
      if (count === 0) throw staleVersion("round", before);
      const after = await tx.round.findUniqueOrThrow({ where: { id }, select: ROUND_FIELDS });
      await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "Round", entityId: id, before, after });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw DUPLICATE_NUMBER;
    throw error;
  }
  revalidatePath("/rounds");
  revalidatePath(`/rounds/${id}`);
  return { ok: true, message: "Round saved.", data: { id } };
});

/** Refused while anything is recorded against the round; the message says what. */
export const deleteRound = authorizedAction("ANALYST", deleteRoundSchema, async ({ id, version }, user) => {
  await db.$transaction(async (tx) => {
    const before = await tx.round.findUnique({
      where: { id },
      select: { ...ROUND_FIELDS, _count: { select: { statusAssessments: true, documents: true, cases: true } } },
    });
    if (!before) throw notFound("round");
    const { statusAssessments, documents, cases } = before._count;
    if (statusAssessments + documents + cases > 0) {
      const parts = [
        statusAssessments ? plural(statusAssessments, "status", "statuses") + " recorded at it" : null,
        documents ? plural(documents, "document") + " reporting on it" : null,
        cases ? plural(cases, "individual case") + " raised at it" : null,
      ].filter(Boolean);
      throw new AppError("CONFLICT", `This round cannot be deleted: it has ${parts.join(", ")}. Remove those first.`);
    }
    const { _count, ...round } = before;
    void _count;
    const { count } = await tx.round.deleteMany({ where: { id, version } });
    if (count === 0) throw staleVersion("round", round);
    await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "Round", entityId: id, before: round });
  });
  revalidatePath("/rounds");
  return { ok: true, message: "Round deleted." };
});
