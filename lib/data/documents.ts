import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Newest first; a document whose date is not known comes last.
const NEWEST_FIRST = [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }] satisfies Prisma.SourceDocumentOrderByWithRelationInput[];

export async function listDocuments() {
  return db.sourceDocument.findMany({
    orderBy: NEWEST_FIRST,
    select: {
      id: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, language: true,
      rounds: { select: { round: { select: { id: true, title: true } } } },
      _count: { select: { evidence: true } },
    },
  });
}

/** For selects: newest first; only those reporting on a round when one is given. */
export async function listDocumentOptions(roundId?: number) {
  return db.sourceDocument.findMany({
    where: roundId ? { rounds: { some: { roundId } } } : undefined,
    orderBy: NEWEST_FIRST,
    select: { id: true, title: true },
  });
}

/** A document with its text, rounds and every piece of evidence quoted from it, with its status. */
export async function getDocument(id: number) {
  const document = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true, title: true, publisher: true, url: true, publishedOn: true, publishedPrecision: true, language: true, text: true, version: true,
      rounds: { orderBy: { round: { startDate: "desc" } }, select: { round: { select: { id: true, title: true, kind: true, startDate: true } } } },
      evidence: {
        orderBy: { id: "asc" },
        select: {
          id: true, quote: true, translation: true,
          status: { select: { id: true, status: true, round: { select: { id: true, title: true } }, concern: { select: { id: true, title: true } } } },
        },
      },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", "Document not found.");
  return document;
}

export type DocumentDetail = Awaited<ReturnType<typeof getDocument>>;
