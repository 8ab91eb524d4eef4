// Names reach us in Latin and Cyrillic spellings, and Russian and Kazakh
// decline them: Bokayev, Bokaev, Бокаев, Бокаева, Бокаевтың. Suggestions
// compare names on a *name key*: the word transliterated to Latin, then
// flattened so that the usual spelling variants meet (y/i, kh/h, doubled
// letters, the "y" glide between vowels, a final vowel that declension
// changes). A passage word matches a concern's name when the name's key is a
// prefix of the word's key (the case endings) — see passageNameKeys().
//
// The database keeps a twin of nameKey(), dt_name_key() (migration
// 20261125120000_concern_aliases), to key concern titles;
// test/integration/search-keys.test.ts holds the two together. Pure.

/** Cyrillic letters with a one-letter Latin key, incl. Kazakh ә ғ қ ң ө ұ ү һ і. */
export const CYRILLIC_SINGLE = { from: "абвгдеёзийклмнопрстуфхыэәғқңөұүһі", to: "abvgdeeziiklmnoprstufhieagknouuhi" } as const;
/** Cyrillic and Latin letters written with two Latin letters, or none. */
export const MULTI_LETTER: ReadonlyArray<readonly [string, string]> = [
  ["ж", "zh"], ["ц", "ts"], ["ч", "ch"], ["ш", "sh"], ["щ", "sh"], ["ю", "iu"], ["я", "ia"], ["ъ", ""], ["ь", ""],
  ["ş", "sh"], ["š", "sh"], ["ç", "ch"], ["č", "ch"], ["ž", "zh"], ["x", "ks"], ["kh", "h"], ["j", "zh"],
];
/** Accented Latin letters and the letters spelt differently for the same sound. */
export const LATIN_SINGLE = { from: "àáâãäåāèéêëēìíîïīıòóôõöōùúûüūñńğyqcw", to: "aaaaaaaeeeeeiiiiiioooooouuuuunngikkv" } as const;

/** Shortest name key compared: shorter ones ("Max") match too much. */
export const MIN_NAME_KEY = 4;
/** How many letters of case ending a passage word may carry beyond the name (Kazakh "-тың", "-ының"). */
const MAX_ENDING = 5;

function translate(text: string, table: { from: string; to: string }): string {
  let out = "";
  for (const char of text) {
    const at = table.from.indexOf(char);
    out += at < 0 ? char : table.to.charAt(at);
  }
  return out;
}

/** The name key of one word: "Bokayev", "Бокаев" and "Бокаева" all give "bokaev". */
export function nameKey(word: string): string {
  let key = word.toLowerCase();
  for (const [from, to] of MULTI_LETTER) key = key.replaceAll(from, to);
  key = translate(translate(key, CYRILLIC_SINGLE), LATIN_SINGLE);
  return key
    .replace(/[^a-z]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/([aeiou])i(?=[aeiou])/g, "$1")
    .replace(/[aeiou]+$/, "");
}

// A capitalised word of at least two letters, in any script.
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+/gu;

/** The name keys of a text's capitalised words, long enough to be names. */
export function nameKeysOf(text: string): string[] {
  const keys = new Set<string>();
  for (const [word] of text.matchAll(CAPITALISED)) {
    const key = nameKey(word);
    if (key.length >= MIN_NAME_KEY) keys.add(key);
  }
  return [...keys].sort();
}

/**
 * What a passage offers to compare with concerns' name keys: each capitalised
 * word's key and its prefixes down to MAX_ENDING letters shorter, mapped back
 * to the word (the reason shown to the analyst).
 */
export function passageNameKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [word] of text.matchAll(CAPITALISED)) {
    const key = nameKey(word);
    for (let length = Math.max(MIN_NAME_KEY, key.length - MAX_ENDING); length <= key.length; length++) {
      const prefix = key.slice(0, length);
      if (!keys.has(prefix)) keys.set(prefix, word.replace(/['’-]+$/, ""));
    }
  }
  return keys;
}
