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
      _count: { select: { statusAssessments: true } },
    },
  });
}

export async function listDocumentOptions() {
  return db.sourceDocument.findMany({ orderBy: NEWEST_FIRST, select: { id: true, title: true } });
}

/** A document with its text, rounds and every status that quotes it. */
export async function getDocument(id: number) {
  const document = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true, title: true, publisher: true, url: true, publishedOn: true, publishedPrecision: true, language: true, text: true, version: true,
      rounds: { orderBy: { round: { startDate: "desc" } }, select: { round: { select: { id: true, title: true } } } },
      statusAssessments: {
        where: { quote: { not: null } },
        orderBy: { id: "asc" },
        select: { id: true, status: true, quote: true, round: { select: { id: true, title: true } }, concern: { select: { id: true, title: true } } },
      },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", "Document not found.");
  return document;
}

export type DocumentDetail = Awaited<ReturnType<typeof getDocument>>;
