// The briefing for a dialogue round as one pure structure: headings, paragraphs,
// lists, quotes and tables, built from data. Both renderers (docx.ts, pdf.ts)
// draw exactly this, so the Word file and the PDF always say the same. Each
// sentence is written to be pasted into a speaking note as it stands.
import { CHANGE_INFO, CHANGES, emptyChangeCounts, type Change } from "@/lib/domain/changes";
import { CASE_SITUATION_LABELS } from "@/lib/domain/cases";
import { formatDay, roundShortLabel, type RoundColumn } from "@/lib/domain/dashboard";
import { formatDate, languageName, plural } from "@/lib/domain/format";
import { STATUS_INFO } from "@/lib/domain/status";
import type { CaseListRow } from "@/lib/data/cases";
import type { ConcernChange, OpenConcern } from "@/lib/data/theme-dashboard";
import type { Status } from "@/lib/generated/prisma/enums";
import { BRIEFING_SECTION_LABELS, type BriefingSection } from "@/lib/validation/briefing";

export type BriefingTarget = { kind: "next"; after: RoundColumn | null } | { kind: "round"; round: RoundColumn };
export type BriefingQuote = { quote: string; translation: string; documentId: number; round: RoundColumn; publishedOn: string | null };
export type BriefingConcern = {
  id: number;
  title: string;
  current: Status | null;
  /** Its named change at the last round against the one before. */
  change: Change | null;
  /** Its status at the last round (null: no record). */
  atLast: Status | null;
  history: { round: RoundColumn; status: Status }[];
  /** The latest first. */
  quotes: BriefingQuote[];
  notes: { round: RoundColumn; note: string }[];
};
export type BriefingDocument = { id: number; title: string; publisher: string; url: string | null; publishedOn: string | null; language: string };
export type BriefingData = {
  target: BriefingTarget;
  /** The last dialogue round before the one briefed for, and the one before it. */
  last: RoundColumn | null;
  previous: RoundColumn | null;
  rounds: RoundColumn[];
  include: BriefingSection[];
  themes: { id: number; slug: string; name: string; changes: ConcernChange[]; longestOpen: OpenConcern[]; concerns: BriefingConcern[] }[];
  cases: CaseListRow[];
  documents: BriefingDocument[];
};

export type Block =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string; muted?: boolean }
  | { type: "list"; items: string[] }
  | { type: "quote"; text: string; translation: string; source: string }
  | { type: "table"; columns: string[]; rows: string[][] }
  | { type: "pageBreak" };

export type BriefingContent = { title: string; titlePage: { label: string; value: string }[]; blocks: Block[] };

/** The headings a table of contents lists: sections and themes. */
export const TOC_LEVELS = 2;
export const contentsEntries = (content: BriefingContent) =>
  content.blocks.flatMap((b) => (b.type === "heading" && b.level <= TOC_LEVELS ? [{ level: b.level, text: b.text }] : []));

const OPEN: readonly Status[] = ["RAISED", "NO_PROGRESS", "IN_PROGRESS", "REGRESSED"];
export const isOpen = (concern: Pick<BriefingConcern, "current">) => concern.current !== null && OPEN.includes(concern.current);

/**
 * What to raise again: an open concern the EU did not discuss at the last round
 * (dropped, or absent for longer), or one that stalled or worsened there.
 */
export function toRaiseAgain(concern: BriefingConcern): boolean {
  if (!isOpen(concern)) return false;
  const discussedAtLast = concern.atLast !== null && concern.atLast !== "NOT_RAISED";
  return !discussedAtLast || concern.change === "stalled" || concern.change === "worsened";
}

const status = (s: Status) => STATUS_INFO[s].label.toLowerCase();
const roundLabel = (round: RoundColumn) => roundShortLabel(round);
const roundName = (round: RoundColumn) => `${round.title} (${formatDay(round.startDate)})`;

export function briefingTitle(target: BriefingTarget): string {
  if (target.kind === "round") return `Briefing for ${target.round.title}`;
  return target.after ? `Briefing for the next dialogue round after ${target.after.title}` : "Briefing for the next dialogue round";
}

/** "2013 (5th) Raised · 2020 (12th) No progress": round and status word, never a symbol alone. */
export const historyLine = (concern: BriefingConcern) => concern.history.map((h) => `${roundLabel(h.round)} ${STATUS_INFO[h.status].label}`).join(" · ");

function concernSentence(concern: BriefingConcern, last: RoundColumn | null): string {
  const first = concern.history.find((h) => h.status !== "NOT_RAISED");
  const opening = first ? `The EU first raised this at ${roundName(first.round)}.` : "";
  if (!last) return opening;
  const atLast =
    concern.atLast && concern.atLast !== "NOT_RAISED"
      ? `At ${last.title} its status was ${status(concern.atLast)}${concern.change ? ` (${CHANGE_INFO[concern.change].label.toLowerCase()})` : ""}.`
      : `It was not discussed at ${last.title}; it remains ${status(concern.current!)}.`;
  return `${opening} ${atLast}`.trim();
}

function quoteSource(quote: BriefingQuote, documents: Map<number, BriefingDocument>): string {
  const document = documents.get(quote.documentId);
  const date = quote.publishedOn ? formatDay(quote.publishedOn) : formatDay(quote.round.startDate);
  return `${document?.title ?? "Source document"}, ${date}`;
}

function summary(data: BriefingData, open: BriefingConcern[]): Block[] {
  const blocks: Block[] = [{ type: "heading", level: 1, text: "Summary" }];
  const counts = emptyChangeCounts();
  for (const theme of data.themes) for (const c of theme.changes) counts[c.change] += 1;
  if (data.last) {
    blocks.push({
      type: "paragraph",
      text:
        `At ${roundName(data.last)}${data.previous ? `, against ${roundName(data.previous)}` : ""}, ` +
        `in the themes chosen, ${plural(open.length, "concern")} remain open.`,
    });
    blocks.push({
      type: "table",
      columns: ["Change at the last round", "Concerns", "Meaning"],
      rows: CHANGES.map((change) => [CHANGE_INFO[change].label, String(counts[change]), CHANGE_INFO[change].description]),
    });
  } else {
    blocks.push({ type: "paragraph", text: "No dialogue round has been recorded before this one, so there are no changes to report." });
  }
  const longest = data.themes
    .flatMap((t) => t.longestOpen.map((o) => ({ ...o, theme: t.name })))
    .sort((a, b) => a.firstRaisedOn.localeCompare(b.firstRaisedOn) || b.rounds - a.rounds || a.title.localeCompare(b.title, "en"))
    .slice(0, 5);
  blocks.push({ type: "heading", level: 2, text: "Open longest" });
  blocks.push(
    longest.length
      ? {
          type: "list",
          items: longest.map(
            (o) =>
              `${o.title} (${o.theme}): raised since ${o.firstRaisedRoundTitle} (${formatDay(o.firstRaisedOn)}), ` +
              `${plural(o.rounds, "round")}, ${plural(o.years, "year")}; now ${status(o.current)}.`,
          ),
        }
      : { type: "paragraph", text: "No open concern." },
  );
  const again = open.filter(toRaiseAgain);
  blocks.push({ type: "heading", level: 2, text: "What to raise again" });
  blocks.push(
    again.length
      ? { type: "list", items: again.map((c) => `${c.title}: ${concernSentence(c, data.last)}`) }
      : { type: "paragraph", text: "Every open concern was discussed at the last round, and none stalled or worsened." },
  );
  blocks.push({ type: "pageBreak" });
  return blocks;
}

function themeBlocks(data: BriefingData, theme: BriefingData["themes"][number], documents: Map<number, BriefingDocument>): Block[] {
  const open = theme.concerns.filter(isOpen);
  const counts = emptyChangeCounts();
  for (const c of theme.changes) counts[c.change] += 1;
  const moved = CHANGES.filter((c) => counts[c] > 0).map((c) => `${counts[c]} ${CHANGE_INFO[c].label.toLowerCase()}`);
  const blocks: Block[] = [
    { type: "heading", level: 2, text: theme.name },
    {
      type: "paragraph",
      text: `${plural(open.length, "open concern")}.${data.last && moved.length ? ` At ${data.last.title}: ${moved.join(", ")}.` : ""}`,
    },
  ];
  for (const concern of open) {
    blocks.push({ type: "heading", level: 3, text: concern.title });
    blocks.push({ type: "paragraph", text: concernSentence(concern, data.last) });
    if (data.include.includes("history") && concern.history.length) blocks.push({ type: "paragraph", text: `History: ${historyLine(concern)}`, muted: true });
    if (data.include.includes("quotes")) {
      for (const q of concern.quotes) blocks.push({ type: "quote", text: q.quote, translation: q.translation, source: quoteSource(q, documents) });
    }
    if (data.include.includes("notes")) {
      for (const n of concern.notes) blocks.push({ type: "paragraph", text: `Note at ${roundLabel(n.round)}: ${n.note}`, muted: true });
    }
  }
  return blocks;
}

function casesBlocks(data: BriefingData): Block[] {
  const blocks: Block[] = [{ type: "heading", level: 1, text: "Individual cases" }];
  if (!data.cases.length) return [...blocks, { type: "paragraph", text: "No individual case is linked to a concern of these themes." }];
  blocks.push({
    type: "table",
    columns: ["Case", "Situation", "Themes", "Raised at"],
    rows: data.cases.map((c) => [
      c.name,
      c.situation ? `${CASE_SITUATION_LABELS[c.situation]}${c.situationAsOf ? ` (${formatDate(c.situationAsOf)})` : ""}` : "Not recorded",
      c.themes.join(", "),
      c.rounds.map((r) => r.title).join("; ") || "None recorded",
    ]),
  });
  return blocks;
}

function annexBlocks(cited: BriefingDocument[]): Block[] {
  const blocks: Block[] = [{ type: "heading", level: 1, text: "Annex: sources cited" }];
  if (!cited.length) return [...blocks, { type: "paragraph", text: "No source is quoted in this briefing." }];
  blocks.push({
    type: "list",
    items: cited.map((d) =>
      [d.title, d.publisher, d.publishedOn ? formatDay(d.publishedOn) : "undated", languageName(d.language), d.url].filter(Boolean).join(". ") + ".",
    ),
  });
  return blocks;
}

export function buildBriefing(data: BriefingData, generatedAt: Date): BriefingContent {
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const open = data.themes.flatMap((t) => t.concerns.filter(isOpen));
  const blocks: Block[] = [];
  if (data.include.includes("summary")) blocks.push(...summary(data, open));
  blocks.push({ type: "heading", level: 1, text: "Open concerns by theme" });
  for (const theme of data.themes) blocks.push(...themeBlocks(data, theme, documents));
  if (data.include.includes("cases")) blocks.push({ type: "pageBreak" }, ...casesBlocks(data));
  if (data.include.includes("annex")) {
    const citedIds = new Set(data.include.includes("quotes") ? open.flatMap((c) => c.quotes.map((q) => q.documentId)) : []);
    blocks.push({ type: "pageBreak" }, ...annexBlocks(data.documents.filter((d) => citedIds.has(d.id))));
  }
  return {
    title: briefingTitle(data.target),
    titlePage: [
      { label: "Prepared", value: formatDate(generatedAt) },
      { label: "Themes", value: data.themes.map((t) => t.name).join(", ") },
      { label: "Based on", value: data.last ? `Dialogue rounds up to ${roundName(data.last)}` : "No earlier dialogue round" },
      ...(data.target.kind === "round" ? [{ label: "Round briefed for", value: roundName(data.target.round) }] : []),
      { label: "Includes", value: data.include.map((s) => BRIEFING_SECTION_LABELS[s]).join(", ") },
      { label: "Source", value: "Dialogue Tracker: every status is evidenced by a quote from an official text." },
    ],
    blocks,
  };
}
