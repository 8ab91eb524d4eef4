// Individual cases: situations, name keys and what a viewer may see. Pure.
import type { CaseSituation, Role } from "@/lib/generated/prisma/enums";
import { nameKey, MIN_NAME_KEY, passageNameKeys } from "@/lib/domain/transliteration";

/** In the order a case usually moves through them (and the enum's order). */
export const CASE_SITUATIONS = [
  "DETAINED",
  "CONVICTED",
  "IN_PRISON",
  "UNDER_HOUSE_ARREST",
  "RELEASED",
  "ACQUITTED",
  "DECEASED",
  "UNKNOWN",
] as const satisfies readonly CaseSituation[];

export const CASE_SITUATION_LABELS: Record<CaseSituation, string> = {
  DETAINED: "Detained",
  CONVICTED: "Convicted",
  IN_PRISON: "In prison",
  UNDER_HOUSE_ARREST: "Under house arrest",
  RELEASED: "Released",
  ACQUITTED: "Acquitted",
  DECEASED: "Deceased",
  UNKNOWN: "Unknown",
};

/**
 * The name keys of a case: each word of its name and of every other spelling, so
 * "Bokayev", "Бокаев" and "Bokaev" all find the same case. Every word counts, not
 * only capitalised ones: Cyrillic spellings are often typed in lower case.
 */
export function caseNameKeys(personName: string, spellings: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of [personName, ...spellings]) {
    for (const word of text.split(/[^\p{L}'’-]+/u)) {
      const key = nameKey(word);
      if (key.length >= MIN_NAME_KEY) keys.add(key);
    }
  }
  return [...keys].sort();
}

/** The neutral label a sensitive case shows to those who may not see its identity. */
export const caseLabel = (id: number) => `Case ${id}`;

/**
 * Confidentiality, in one place: who sees a sensitive case's identity. Viewers do
 * not; analysts and admins, who record cases, do. Every read in lib/data/cases.ts
 * (and the pages, exports and API built on it) goes through this.
 *
 * Identifying, hence withheld: the name, its spellings, the summary, every note
 * and every quote (the texts name the person), and the audit history (it records
 * all of those; which of its fields: lib/domain/audit-identity.ts), read with the
 * case's sensitivity now, not at the time of the event. Kept, so the record stays
 * useful: the situations and their dates, the rounds the case was raised at and the
 * concerns it is linked to.
 */
export function seesIdentity(role: Role, sensitive: boolean): boolean {
  return !sensitive || role !== "VIEWER";
}

/**
 * Whether a case is sensitive now. A record merged into another is the same person,
 * so it is as sensitive as the case it was merged into, even one marked so after the merge.
 */
export function isSensitive(c: { sensitive: boolean; mergedInto: { sensitive: boolean } | null }): boolean {
  return c.sensitive || (c.mergedInto?.sensitive ?? false);
}

export const isCaseSituation = (value: unknown): value is CaseSituation => (CASE_SITUATIONS as readonly unknown[]).includes(value);

type Dated = { id: number; asOf: Date };

/** The current situation: the one with the latest date; of two on the same date, the one recorded last. */
export function currentSituation<T extends Dated>(situations: readonly T[]): T | null {
  let latest: T | null = null;
  for (const s of situations) {
    if (!latest || s.asOf > latest.asOf || (s.asOf.getTime() === latest.asOf.getTime() && s.id > latest.id)) latest = s;
  }
  return latest;
}

/**
 * How many rounds were held after a date: "raised 3 rounds ago", "no change for
 * 2 rounds". Null when there is no date to count from.
 */
export function roundsSince(since: Date | null | undefined, roundStarts: readonly Date[]): number | null {
  if (!since) return null;
  return roundStarts.filter((start) => start > since).length;
}

/**
 * What a theme page says about its cases, from each case's rounds and current
 * situation: raised at the latest round; situation changed since the previous
 * round began; and raised again and again since the situation last changed
 * (at two rounds or more), most often first.
 */
export function caseHighlights<T extends { rounds: { id: number; startDate: Date }[]; situationAsOf: Date | null }>(
  cases: readonly T[],
  latest: { id: number } | undefined,
  previous: { startDate: Date } | undefined,
) {
  const raisedSinceChange = (c: T) => c.rounds.filter((r) => !c.situationAsOf || r.startDate > c.situationAsOf).length;
  return {
    raisedAtLatest: latest ? cases.filter((c) => c.rounds.some((r) => r.id === latest.id)) : [],
    changedSincePrevious: previous ? cases.filter((c) => c.situationAsOf !== null && c.situationAsOf >= previous.startDate) : [],
    raisedWithoutChange: cases
      .map((c) => ({ case: c, times: raisedSinceChange(c) }))
      .filter((x) => x.times >= 2)
      .sort((a, b) => b.times - a.times)
      .slice(0, 10),
  };
}

/**
 * The cases a passage or a typed name may be about, best first, for recording
 * from a document. Typed: every word's name key starts one of the case's keys
 * ("бока" finds Bokayev). Otherwise the passage: a case's key is a capitalised
 * word of it, or that word less a case ending ("Бокаева", "Бокаевтың"). Each
 * suggestion carries the words that matched, to show why.
 */
export function suggestCases<T extends { nameKeys: readonly string[] }>(cases: readonly T[], passage: string, query = "", limit = 5) {
  const typed = query.split(/[^\p{L}'’-]+/u).map(nameKey).filter(Boolean);
  const inPassage = typed.length ? new Map<string, string>() : passageNameKeys(passage);
  const found: { case: T; words: string[] }[] = [];
  for (const c of cases) {
    const words = typed.length
      ? (typed.every((t) => c.nameKeys.some((k) => k.startsWith(t))) ? [query.trim()] : [])
      : [...new Set(c.nameKeys.flatMap((k) => inPassage.get(k) ?? []))];
    if (words.length) found.push({ case: c, words });
  }
  return found.sort((a, b) => b.words.length - a.words.length).slice(0, limit);
}
