// Aliases: a concern's search terms in any language or script. Pure.

/** Languages offered first in the alias form; any other BCP 47 tag is accepted too. */
export const ALIAS_LANGUAGES = [
  { value: "en", label: "English (en)" },
  { value: "ru", label: "Russian (ru)" },
  { value: "kk", label: "Kazakh (kk)" },
  { value: "it", label: "Italian (it)" },
  { value: "fr", label: "French (fr)" },
  { value: "de", label: "German (de)" },
] as const;

/** Two aliases of one concern are the same when they differ only in case and spacing. */
export function aliasTermKey(term: string): string {
  return term.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}
