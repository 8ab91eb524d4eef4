import { z } from "zod";
import { cursorParam, idParam, limitParam } from "@/lib/api/query";
import { realDay } from "@/lib/domain/dates";
import { forbiddenCharacter, forbiddenCharacterMessage } from "@/lib/domain/text-guard";
import { CASE_SITUATIONS } from "@/lib/domain/cases";
import { STATUSES } from "@/lib/domain/status";
import { ROUND_KINDS } from "@/lib/validation/dashboard";
import { SEARCH_KINDS } from "@/lib/domain/search-kinds";
import { parseSearchQuery } from "@/lib/domain/search-query";
import { EXPORT_FORMATS, FILE_MEDIA_TYPES, THEME_EXPORTS } from "@/lib/domain/export-file";
import { BRIEFING_FORMATS, briefingQuery } from "@/lib/validation/briefing";
import {
  caseDetail,
  caseItem,
  concernDetail,
  concernItem,
  documentDetail,
  documentItem,
  exportJson,
  listOf,
  roundItem,
  searchResult,
  statusEnum,
  statusItem,
  statusQuote,
  themeItem,
} from "@/lib/api/responses";

// The read API's parameters as zod schemas, and its endpoints with their
// answers (lib/api/responses.ts): the routes validate requests with them, and
// /api/v1/openapi.json is generated from them, so the document cannot drift
// from what the API does.

const idFilter = (what: string) =>
  idParam(`${what} must be a positive whole number.`)
    .optional()
    .describe(`Only items of the ${what} with this id.`);

const textFilter = (description: string) =>
  z
    .string()
    .trim()
    .min(1, "q must not be empty.")
    .max(200, "q must be at most 200 characters.")
    .superRefine((value, ctx) => {
      const code = forbiddenCharacter(value);
      if (code) ctx.addIssue({ code: "custom", message: `q: ${forbiddenCharacterMessage(code)}` });
    })
    .optional()
    .describe(description);

const dayParam = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date as YYYY-MM-DD.`)
    .refine((v) => realDay(v) !== null, `${name} must be a real date.`)
    .optional();


export const paging = { limit: limitParam, cursor: cursorParam };

export const themesQuery = z.object({ ...paging });
export const concernsQuery = z.object({
  ...paging,
  theme: idFilter("theme"),
  status: z.enum([...STATUSES, "NONE"], { error: `status must be one of ${[...STATUSES, "NONE"].join(", ")}.` }).optional().describe("Only concerns whose current status is this (NONE: no status yet)."),
  round: idFilter("round first raised at"),
  q: textFilter("Text in the title, description or legal references."),
});
export const roundsQuery = z.object({
  ...paging,
  kind: z.enum(ROUND_KINDS, { error: `kind must be one of ${ROUND_KINDS.join(", ")}.` }).optional(),
  from: dayParam("from").describe("Rounds starting on or after this day."),
  to: dayParam("to").describe("Rounds starting on or before this day."),
});
const languageParam = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "language must be a code such as en, ru or kk.").optional();
export const documentsQuery = z.object({
  ...paging,
  round: idFilter("round the document reports on"),
  language: languageParam,
});
export const statusesQuery = z.object({
  ...paging,
  concern: idFilter("concern"),
  round: idFilter("round"),
  theme: idFilter("theme"),
  status: statusEnum.optional().describe("Only statuses of this value."),
});

export const casesQuery = z.object({
  ...paging,
  situation: z.enum(CASE_SITUATIONS, { error: `situation must be one of ${CASE_SITUATIONS.join(", ")}.` }).optional().describe("Only cases whose current situation is this."),
  theme: idFilter("theme of a linked concern"),
  round: idFilter("round the case was raised at"),
  q: textFilter("A name in any of its spellings, or text of the summary."),
});

// The downloads take the filters of the page they are offered on, strictly:
// the page reads its URL leniently (a bad shared link still shows it), but a
// program asking for a file learns at once what was wrong with its request.
const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: `${name} must be one of ${values.join(", ")}.` });
const exportFormat = oneOf("format", EXPORT_FORMATS).default("csv").describe("The file: csv (UTF-8, with a byte-order mark for Excel), xlsx or json.");
const roundId = (name: string) => idParam(`${name} must be a round id.`).optional();
const someOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.array(oneOf(name, values)).max(values.length, `Give each ${name} at most once.`).optional();

export const dashboardExportQuery = z
  .object({
    format: exportFormat,
    kind: someOf("kind", ROUND_KINDS).describe("Rounds of these kinds; repeat for several (default: HUMAN_RIGHTS_DIALOGUE)."),
    from: dayParam("from").describe("Rounds starting on or after this day."),
    to: dayParam("to").describe("Rounds starting on or before this day."),
    status: someOf("status", STATUSES).describe("Only concerns whose current status is one of these; repeat for several (default: all)."),
    at: roundId("at").describe("The round whose changes are shown (default: the latest in view)."),
    against: roundId("against").describe("The round it is compared with (default: the round in view before at)."),
  })
  .refine((query) => !(query.from && query.to && query.from > query.to), { path: ["to"], message: "to must be on or after from." });
export const themeExportQuery = dashboardExportQuery.extend({
  list: oneOf("list", THEME_EXPORTS).default("matrix").describe("Which list of the theme's page: the matrix, every quote behind it, the status mix, the changes or the longest open."),
});
export const casesExportQuery = casesQuery.omit({ limit: true, cursor: true }).extend({ format: exportFormat });

export const searchQuery = z.object({
  q: z
    .string({ error: "q is required: the words to search for." })
    .transform((value, ctx) => {
      const parsed = parseSearchQuery(value);
      if (parsed.ok) return parsed.query;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    })
    .describe('What to look for: words (all must occur), "a phrase", a prefix (journal*), and -word or -"a phrase" to leave out. At most 200 characters.'),
  kind: z.enum(SEARCH_KINDS, { error: `kind must be one of ${SEARCH_KINDS.join(", ")}.` }).optional().describe("Only hits of this kind."),
  theme: idFilter("theme").describe("Only concerns, quotes, notes and cases of this theme; leaves out documents and rounds."),
  round: idFilter("round").describe("Only records of this round (a concern or case raised there, a document reporting on it)."),
  status: statusEnum.optional().describe("Only concerns with this current status, and quotes and notes of statuses of this value; leaves out other kinds."),
  language: languageParam.describe("Only documents and quotes in this language (en also finds en-GB); leaves out other kinds."),
  from: dayParam("from").describe("Only records of rounds starting (documents published) on or after this day; leaves out cases."),
  to: dayParam("to").describe("Only records of rounds starting (documents published) on or before this day; leaves out cases."),
  limit: limitParam,
  cursor: idParam("cursor must be the nextCursor of a previous page.").optional().describe("Where the page starts: the nextCursor of the previous page. Omit it for the first page."),
});

export type Endpoint = {
  path: string;
  summary: string;
  query?: z.ZodObject;
  /** What the numeric {id} in the path identifies. */
  pathId?: string;
  /** What the {slug} in the path identifies. */
  pathSlug?: string;
  /** The JSON answer (for a download, its json format). */
  response?: z.ZodType;
  /** A download: the media types it comes in, besides application/json when `response` is given. */
  files?: string[];
};

const EXPORT_FILES = [FILE_MEDIA_TYPES.csv, FILE_MEDIA_TYPES.xlsx];

/** Every endpoint the OpenAPI document lists; test/integration/api-read.test.ts checks each has a route. */
export const ENDPOINTS: Endpoint[] = [
  { path: "/api/v1/themes", summary: "Themes, with how many concerns each has", query: themesQuery, response: listOf(themeItem) },
  { path: "/api/v1/concerns", summary: "Concerns with their current status", query: concernsQuery, response: listOf(concernItem) },
  { path: "/api/v1/concerns/{id}", summary: "A concern with every status and its evidence", pathId: "concern", response: concernDetail },
  { path: "/api/v1/rounds", summary: "Rounds of the dialogue and other meetings", query: roundsQuery, response: listOf(roundItem) },
  { path: "/api/v1/rounds/{id}", summary: "A round", pathId: "round", response: roundItem },
  { path: "/api/v1/documents", summary: "Source documents (without their text)", query: documentsQuery, response: listOf(documentItem) },
  { path: "/api/v1/documents/{id}", summary: "A source document with its full text", pathId: "document", response: documentDetail },
  { path: "/api/v1/statuses", summary: "Statuses with their evidence", query: statusesQuery, response: listOf(statusItem) },
  { path: "/api/v1/cases", summary: "Individual cases with their current situation (a sensitive one by its label for viewers)", query: casesQuery, response: listOf(caseItem) },
  { path: "/api/v1/search", summary: "Search concerns, quotes, notes, documents, rounds and cases, best matches first", query: searchQuery, response: searchResult },
  { path: "/api/v1/cases/{id}", summary: "An individual case with its situations, the rounds it was raised at and its concerns", pathId: "case", response: caseDetail },
  { path: "/api/v1/statuses/{id}", summary: "A status with its quotes (cut as the dashboard matrix shows them) and the concern's cases", pathId: "status", response: statusQuote },
  { path: "/api/v1/dashboard/export", summary: "Download the dashboard's figures of every theme", query: dashboardExportQuery, response: exportJson, files: EXPORT_FILES },
  { path: "/api/v1/themes/{slug}/export", summary: "Download one of a theme's lists", pathSlug: "theme", query: themeExportQuery, response: exportJson, files: EXPORT_FILES },
  { path: "/api/v1/cases/export", summary: "Download the individual cases (a sensitive one by its label for viewers)", query: casesExportQuery, response: exportJson, files: EXPORT_FILES },
  { path: "/api/v1/briefing/export", summary: "Download a briefing on some themes for a round", query: briefingQuery, files: BRIEFING_FORMATS.map((format) => FILE_MEDIA_TYPES[format]) },
];
