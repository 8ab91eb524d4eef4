import { describe, expect, it } from "vitest";
import { getDocument } from "@/lib/data/documents";
import { db } from "@/lib/db";
import { highlightQuotes } from "@/lib/domain/highlight";
import { documents as seededDocuments } from "@/prisma/seed/data";

describe("document evidence", () => {
  it("highlights every quote used as evidence in each seeded document", async () => {
    // The seeded documents only: other test files build fixtures straight through Prisma.
    const documents = await db.sourceDocument.findMany({
      where: { evidence: { some: {} }, title: { in: seededDocuments.map((d) => d.title) } },
      select: { id: true },
    });
    expect(documents).toHaveLength(seededDocuments.length);
    for (const { id } of documents) {
      const doc = await getDocument(id);
      const highlighted = new Set(highlightQuotes(doc.text, doc.evidence).flatMap((s) => s.marks.map((m) => m.id)));
      const missing = doc.evidence.filter((piece) => !highlighted.has(piece.id)).map((piece) => piece.quote);
      expect(missing, `quotes not highlighted in “${doc.title}”`).toEqual([]);
    }
  });
});
