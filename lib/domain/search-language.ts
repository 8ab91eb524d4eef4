// Which PostgreSQL text-search configuration reads a text in a given language:
// the one PostgreSQL 14 and later ship for it, else `simple`, which only lowers
// case (Kazakh has no stemmer). Documents, quotes and aliases are stemmed in
// their own language; search asks in every configuration the record uses.
//
// The database keeps a twin, dt_ts_config() (migration
// 20261126010000_full_text_search), IMMUTABLE so that generated tsvector
// columns can use it; test/integration/search-config.test.ts holds the two
// together. Pure.

/** BCP 47 primary language subtag → configuration. */
export const TEXT_SEARCH_CONFIGS = {
  ar: "arabic",
  da: "danish",
  de: "german",
  el: "greek",
  en: "english",
  es: "spanish",
  fi: "finnish",
  fr: "french",
  ga: "irish",
  hu: "hungarian",
  id: "indonesian",
  it: "italian",
  lt: "lithuanian",
  nb: "norwegian",
  ne: "nepali",
  nl: "dutch",
  nn: "norwegian",
  no: "norwegian",
  pt: "portuguese",
  ro: "romanian",
  ru: "russian",
  sv: "swedish",
  ta: "tamil",
  tr: "turkish",
} as const satisfies Record<string, string>;

export type TextSearchConfig = (typeof TEXT_SEARCH_CONFIGS)[keyof typeof TEXT_SEARCH_CONFIGS] | "simple";

/** The configuration for a language tag such as "en", "ru-RU" or "kk": its primary subtag decides. */
export function textSearchConfig(language: string): TextSearchConfig {
  const primary = language.split("-")[0]!.toLowerCase();
  return Object.hasOwn(TEXT_SEARCH_CONFIGS, primary) ? TEXT_SEARCH_CONFIGS[primary as keyof typeof TEXT_SEARCH_CONFIGS] : "simple";
}

// An analyst's note or translation carries no language tag: its script tells.
// Twin of dt_text_language() (migration 20261126050000_search_aliases_and_note_languages),
// held together by test/integration/search-config.test.ts: same ranges, same counts.
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/g;
const CYRILLIC_WORD = /[\u0400-\u04FF]+/g;
/** Letters Kazakh writes and Russian does not. */
const KAZAKH_LETTER = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;

/** The languages textLanguageOf() tells apart. */
export const TEXT_LANGUAGES = ["en", "ru", "kk"] as const;

/**
 * The language a text is written in, by its script: more Cyrillic letters than
 * Latin ones make it Russian, or Kazakh when at least a third of its Cyrillic
 * words hold a letter only Kazakh has (so that a Russian note naming
 * Қарағанды stays Russian); anything else, empty included, English.
 */
export function textLanguageOf(text: string): (typeof TEXT_LANGUAGES)[number] {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (cyrillic <= (text.match(LATIN)?.length ?? 0)) return "en";
  const words = text.match(CYRILLIC_WORD) ?? [];
  return 3 * words.filter((w) => KAZAKH_LETTER.test(w)).length >= words.length ? "kk" : "ru";
}

/** The configuration a note or a translation is indexed and highlighted in; twin of dt_text_config(). */
export function textConfigOf(text: string): TextSearchConfig {
  return textSearchConfig(textLanguageOf(text));
}

/**
 * The configurations a search asks in, given the languages of the tagged
 * records (documents, and so quotes; aliases): theirs, English (concerns,
 * rounds), simple (names), and every one a note or translation may be read in
 * (textConfigOf), which are few and cost nothing when no record uses them.
 */
export function searchConfigsFor(taggedLanguages: readonly string[]): TextSearchConfig[] {
  const languages = [...TEXT_LANGUAGES, ...taggedLanguages];
  return [...new Set<TextSearchConfig>(["english", "simple", ...languages.map(textSearchConfig)])].sort();
}
