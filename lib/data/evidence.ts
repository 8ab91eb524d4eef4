import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What every page shows of a piece of evidence: the quote, its translation, and its document with its language. */
export const EVIDENCE_SELECT = {
  orderBy: { id: "asc" },
  select: { id: true, quote: true, translation: true, document: { select: { id: true, title: true, language: true } } },
} as const satisfies Prisma.StatusAssessment$evidenceArgs;

export type EvidenceItem = { id: number; quote: string; translation: string; document: { id: number; title: string; language: string } };
