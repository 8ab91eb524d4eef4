"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { quoteOccursIn } from "@/lib/domain/quote";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type PartialDate, partialDateInput } from "@/lib/domain/dates";
import { plural } from "@/lib/domain/format";
import { notFound, staleVersion } from "@/lib/write/shared";
import { caseQuotesOf, lockDocumentForEdit } from "@/lib/write/evidence";
import { createDocumentSchema, deleteDocumentSchema, updateDocumentSchema } from "@/lib/validation/documents";

const DOCUMENT_FIELDS = { id: true, title: true, publisher: true, url: true, publishedOn: true, publishedPrecision: true, language: true, version: true } as const;

// The date as the form shows it ("2025-03" for a month), so the audit diff and a conflict notice read like the form.
async function documentSnapshot(tx: Prisma.TransactionClient, id: number) {
  const row = await tx.sourceDocument.findUnique({
    where: { id },
    select: { ...DOCUMENT_FIELDS, text: true, rounds: { select: { roundId: true }, orderBy: { roundId: "asc" } } },
  });
  if (!row) return null;
  const { rounds, publishedOn, publishedPrecision, ...rest } = row;
  return { ...rest, publishedOn: partialDateInput(publishedOn, publishedPrecision), roundIds: rounds.map((r) => r.roundId) };
}

/** The parsed date as the two columns that hold it. */
function dateColumns(published: PartialDate | null) {
  return { publishedOn: published?.date ?? null, publishedPrecision: published?.precision ?? "DAY" };
}

async function assertRoundsExist(tx: Prisma.TransactionClient, roundIds: number[]) {
  if (roundIds.length === 0) return;
  const found = await tx.round.count({ where: { id: { in: roundIds } } });
  if (found !== new Set(roundIds).size) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { roundIds: ["One of the chosen rounds no longer exists."] });
  }
}

export const createDocument = authorizedAction("ANALYST", createDocumentSchema, async ({ roundIds, publishedOn, ...input }, user) => {
  const created = await db.$transaction(async (tx) => {
    await assertRoundsExist(tx, roundIds);
    const doc = await tx.sourceDocument.create({
      data: { ...input, ...dateColumns(publishedOn), rounds: { create: [...new Set(roundIds)].map((roundId) => ({ roundId })) } },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "SourceDocument", entityId: doc.id, after: await documentSnapshot(tx, doc.id) });
    return doc;
  });
  revalidatePath("/documents");
  return { ok: true, message: "Document added.", data: { id: created.id } };
});

export const updateDocument = authorizedAction("ANALYST", updateDocumentSchema, async ({ id, version, roundIds, text, publishedOn, ...input }, user) => {
  await db.$transaction(async (tx) => {
    if (!(await lockDocumentForEdit(tx, id))) throw notFound("document");
    const before = (await documentSnapshot(tx, id))!;
    await assertRoundsExist(tx, roundIds);
    if (text !== undefined && text !== before.text) {
      // Evidence must stay traceable: a text edit may not remove a quoted passage.
      const cited = await tx.statusEvidence.findMany({
        where: { documentId: id },
        select: { quote: true, status: { select: { concern: { select: { title: true } }, round: { select: { title: true } } } } },
      });
      const broken = [
        ...cited.map(({ quote, status: s }) => ({ quote, label: `${s.concern.title}, ${s.round.title}` })),
        ...(await caseQuotesOf(tx, id)),
      ].filter((piece) => !quoteOccursIn(piece.quote, text));
      if (broken.length) {
        throw new AppError("VALIDATION", "The new text would break quotes used as evidence.", {
          text: [
            `This change removes ${plural(broken.length, "quoted passage")} used as evidence: ` +
              broken.map(({ quote, label }) => `“${quote}” (${label})`).join("; "),
          ],
        });
      }
    }
    // Likewise a round may not be unlinked while a status at it quotes this document.
    const unlinked = before.roundIds.filter((roundId) => !roundIds.includes(roundId));
    if (unlinked.length) {
      const citing = await tx.statusAssessment.findMany({
        where: { evidence: { some: { documentId: id } }, roundId: { in: unlinked } },
        select: { concern: { select: { title: true } }, round: { select: { title: true } } },
        orderBy: [{ round: { startDate: "asc" } }, { concern: { title: "asc" } }],
      });
      const citingCases = (await caseQuotesOf(tx, id)).filter((q) => q.roundId !== null && unlinked.includes(q.roundId));
      if (citing.length || citingCases.length) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          roundIds: [
            `This document is the evidence for ${[
              citing.length ? plural(citing.length, "status", "statuses") : "",
              citingCases.length ? plural(citingCases.length, "case record") : "",
            ].filter(Boolean).join(" and ")} at a round you unticked: ` +
              [...citing.map((s) => `${s.concern.title} (${s.round.title})`), ...citingCases.map((q) => q.label)].join("; ") +
              ". Keep the round ticked, or give them other evidence first.",
          ],
        });
      }
    }
    const { count } = await tx.sourceDocument.updateMany({
      where: { id, version },
      data: { ...input, ...dateColumns(publishedOn), ...(text === undefined ? {} : { text }), version: { increment: 1 } },
    });
    if (count === 0) {
      // Round ids mean nothing to a reader; the other fields are what they compare.
      const { text: currentText, roundIds: currentRounds, ...current } = before;
      void currentRounds;
      throw staleVersion("document", { ...current, ...(text === undefined ? {} : { text: currentText }) });
    }
    await tx.documentRound.deleteMany({ where: { documentId: id, roundId: { notIn: roundIds } } });
    await tx.documentRound.createMany({ data: roundIds.map((roundId) => ({ documentId: id, roundId })), skipDuplicates: true });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "SourceDocument", entityId: id, before, after: await documentSnapshot(tx, id) });
  });
  revalidatePath("/documents");
  revalidatePath(`/documents/${id}`);
  return { ok: true, message: "Document saved.", data: { id } };
});

/** Refused while any status or case cites the document: the evidence would vanish. */
export const deleteDocument = authorizedAction("ANALYST", deleteDocumentSchema, async ({ id, version }, user) => {
  await db.$transaction(async (tx) => {
    if (!(await lockDocumentForEdit(tx, id))) throw notFound("document");
    const before = (await documentSnapshot(tx, id))!;
    const cited = await tx.statusAssessment.count({ where: { evidence: { some: { documentId: id } } } });
    if (cited > 0) {
      throw new AppError("CONFLICT", `This document cannot be deleted: ${plural(cited, "status", "statuses")} cite it as evidence. Change or remove those statuses first.`);
    }
    const casesCiting = await caseQuotesOf(tx, id);
    if (casesCiting.length > 0) {
      throw new AppError(
        "CONFLICT",
        `This document cannot be deleted: individual cases quote it (${casesCiting.map((q) => q.label).join("; ")}). Change or remove those records first.`,
      );
    }
    const { count } = await tx.sourceDocument.deleteMany({ where: { id, version } });
    if (count === 0) throw staleVersion("document", before);
    await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "SourceDocument", entityId: id, before });
  });
  revalidatePath("/documents");
  return { ok: true, message: "Document deleted." };
});
