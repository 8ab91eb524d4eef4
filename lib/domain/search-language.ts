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
