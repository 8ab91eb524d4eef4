import { z } from "zod";
import { CASE_SITUATIONS } from "@/lib/domain/cases";
import { SEARCH_KINDS } from "@/lib/domain/search-kinds";
import { STATUSES } from "@/lib/domain/status";
import { ROUND_KINDS } from "@/lib/validation/dashboard";

// The read API's answers as zod schemas, for the OpenAPI document
// (lib/api/endpoints.ts lists which endpoint gives which).

export const statusEnum = z.enum(STATUSES);
const url = z.string().describe("The canonical address of this record's page in the app.");
const ref = z.object({ id: z.number().int(), title: z.string() });

export const themeItem = z.object({ id: z.number().int(), slug: z.string(), name: z.string(), description: z.string(), concernCount: z.number().int(), url });
export const concernItem = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  theme: z.object({ id: z.number().int(), slug: z.string(), name: z.string() }),
  legalReferences: z.array(z.string()),
  firstRaisedRound: ref.nullable(),
  currentStatus: statusEnum.nullable().describe("The status at the latest round where the concern was discussed."),
  url,
});
export const evidenceItem = z.object({
  id: z.number().int(),
  quote: z.string().describe("Verbatim in the document."),
  translation: z.string(),
  documentId: z.number().int(),
  language: z.string(),
});
export const statusItem = z.object({
  id: z.number().int(),
  concernId: z.number().int(),
  roundId: z.number().int(),
  status: statusEnum,
  note: z.string(),
  evidence: z.array(evidenceItem),
  updatedAt: z.string(),
  url,
});
export const concernDetail = concernItem.extend({ statuses: z.array(statusItem) });
export const roundItem = z.object({
  id: z.number().int(),
  kind: z.enum(ROUND_KINDS),
  number: z.number().int().nullable(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  place: z.string().nullable(),
  format: z.enum(["IN_PERSON", "ONLINE"]),
  euDelegationHead: z.string().nullable(),
  kzDelegationHead: z.string().nullable(),
  summary: z.string(),
  url,
});
export const documentItem = z.object({
  id: z.number().int(),
  title: z.string(),
  publisher: z.string(),
  sourceUrl: z.string().nullable().describe("Where the publisher put the text."),
  publishedOn: z.string().nullable(),
  publishedPrecision: z.enum(["DAY", "MONTH", "YEAR"]),
  language: z.string(),
  roundIds: z.array(z.number().int()),
  url,
});
export const documentDetail = documentItem.extend({ text: z.string() });

const caseName = z.string().describe("The person's name, or \"Case <id>\" when the case is sensitive and the reader may not see who it is.");
const identityHidden = z.boolean().describe("True when the reader may not see this sensitive case's identity: name, spellings, summary, notes and quotes are left out.");
const caseEvidence = z.array(evidenceItem.omit({ id: true })).describe("Empty when the identity is hidden.");
export const caseItem = z.object({
  id: z.number().int(),
  name: caseName,
  identityHidden,
  sensitive: z.boolean(),
  situation: z.enum(CASE_SITUATIONS).nullable().describe("The current situation: the latest one recorded."),
  situationAsOf: z.string().nullable(),
  themes: z.array(z.string()),
  rounds: z.array(ref.extend({ startDate: z.string() })).describe("The rounds at which the EU raised the case."),
  url,
});
export const caseDetail = caseItem.extend({
  spellings: z.array(z.string()),
  summary: z.string(),
  situations: z.array(z.object({ situation: z.enum(CASE_SITUATIONS), asOf: z.string(), asOfPrecision: z.enum(["DAY", "MONTH", "YEAR"]), note: z.string(), evidence: caseEvidence })),
  raisedAt: z.array(z.object({ roundId: z.number().int(), title: z.string(), note: z.string(), evidence: caseEvidence })),
  concerns: z.array(ref),
});

export const searchHitItem = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.number().int().describe("The id of the record of this kind (for a note, its status's id)."),
  title: z.string().describe("A sensitive case the reader may not identify is \"Case <id>\"."),
  snippet: z.string().describe("The text around the matches; empty for a case whose identity is hidden."),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })).describe("Where the matches are in snippet (UTF-16 offsets, end exclusive)."),
  context: z.string().nullable(),
  url,
});

export const statusQuote = z.object({
  id: z.number().int(),
  status: statusEnum,
  evidence: z
    .array(
      z.object({
        quote: z.string().describe("Verbatim in the document; when quoteCut, only its beginning, as the matrix shows it."),
        quoteCut: z.boolean(),
        translation: z.string().describe("Cut like the quote."),
        documentTitle: z.string(),
        language: z.string(),
      }),
    )
    .describe("Every source, oldest first; empty for NOT_RAISED."),
  concern: ref,
  round: ref.extend({ startDate: z.string() }),
  cases: z.array(z.object({ id: z.number().int(), name: caseName })).describe("The individual cases linked to the concern."),
});

/** The JSON form of a download: what it holds, then one object per row, keyed by column. */
export const exportJson = z.object({
  title: z.string(),
  filters: z.string().describe("The filters in words."),
  exportedAt: z.string(),
  source: z.string().describe("The address the data was taken from."),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Send as cursor for the next page; null on the last page."),
    links: z.object({ self: z.string(), next: z.string().nullable() }),
  });

export const searchResult = listOf(searchHitItem).extend({
  total: z.number().int().describe("Hits of every kind searched, or of kind when given; every one of them can be paged to."),
  counts: z.partialRecord(z.enum(SEARCH_KINDS), z.number().int()).describe("Hits per kind; a kind the filters leave out is absent."),
});
