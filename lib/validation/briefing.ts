// What a briefing holds, read from the download's query (and checked the same
// way in the form before it asks): shared by components/briefing and the route.
import { z } from "zod";
import { parseId } from "@/lib/domain/params";

export const BRIEFING_SECTIONS = ["summary", "history", "quotes", "notes", "cases", "annex"] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];

export const BRIEFING_SECTION_LABELS: Record<BriefingSection, string> = {
  summary: "One-page summary",
  history: "Each concern's history",
  quotes: "Latest quotes with their sources",
  notes: "Analysts' notes",
  cases: "Individual cases",
  annex: "Annex: sources cited",
};

export const BRIEFING_FORMATS = ["docx", "pdf"] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

/** "next": the round after the latest dialogue round, not yet held. */
export const NEXT_ROUND = "next";

const list = (value: string) => [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))];

export const briefingQuery = z.object({
  format: z.enum(BRIEFING_FORMATS, { error: "format must be docx or pdf." }).describe("The file: docx (Word) or pdf."),
  themes: z
    .string({ error: "Choose at least one theme." })
    .transform(list)
    .refine((slugs) => slugs.length > 0, "Choose at least one theme.")
    .describe("The themes, by slug, separated by commas."),
  round: z
    .string()
    .trim()
    .refine((value) => value === NEXT_ROUND || parseId(value) !== null, "Choose the round to brief for from the list.")
    .transform((value) => (value === NEXT_ROUND ? NEXT_ROUND : parseId(value)!))
    .default(NEXT_ROUND)
    .describe(`The round to brief for: a round id, or "${NEXT_ROUND}" (after the latest dialogue round; the default).`),
  include: z
    .string()
    .transform(list)
    .pipe(
      z
        .array(z.enum(BRIEFING_SECTIONS, { error: `include takes: ${BRIEFING_SECTIONS.join(", ")}.` }))
        .min(1, "Choose at least one part to include."),
    )
    .default([...BRIEFING_SECTIONS])
    .describe(`What to include, separated by commas: ${BRIEFING_SECTIONS.join(", ")} (default: all).`),
});

export type BriefingRequest = z.output<typeof briefingQuery>;
