// Legal references are written many ways across our sources: "Art. 274",
// "Criminal Code Article 274", "статья 274", "ст. 274 УК", Kazakh "274-бап" /
// "274-бабы", Italian "articolo 274". Suggestions compare them on one canonical
// key, `art:<number>`, so a Russian passage finds the concern filed under
// "Criminal Code Art. 274". The code the article belongs to is left out on
// purpose: its name changes with the language and is often omitted.
//
// The database keeps a twin of this rule, dt_legal_keys() (migration
// 20261125120000_concern_aliases), to key concerns' legal_references;
// test/integration/search-keys.test.ts holds the two together. Pure.

/** One article number: "274", "274-1" or "274.1" (an inserted article, not a part). */
const NUMBER = String.raw`\d+(?:[.-]\d+)?`;
/** Several numbers after one word: "Articles 131 and 378", "статьи 131 и 378", "articoli 131 e 378". */
const LIST = String.raw`${NUMBER}(?:\s*(?:,|;|&|and|or|и|или|e|ed|o|және|мен)\s*${NUMBER})*`;
/** Article, in English, Italian, Russian and Kazakh, with the usual abbreviations. */
const ARTICLE = String.raw`(?:art(?:icles?|icol[oi]|s)?\.?|ст\.?|стать[а-яё]*|ба[пб][а-яёәіңғүұқөһ]*)`;

/** The patterns, shared with the SQL twin (its regexes are these, word for word). */
export const LEGAL_PATTERNS = {
  /** "Art. 274", "статья 274", "бабы 274". */
  wordThenNumber: String.raw`(?<![[:alnum:]])${ARTICLE}\s*(${LIST})`,
  /** Kazakh puts the number first: "274-бап", "274-1-бабы", "131 және 378-баптар". */
  numberThenWord: String.raw`(?<![[:alnum:].-])(${LIST})\s*-?\s*ба[пб]`,
} as const;

// JavaScript has no [[:alnum:]]; \p{L}\p{N} is the same class for our scripts.
const toJs = (pattern: string) => new RegExp(pattern.replaceAll("[:alnum:]", String.raw`\p{L}\p{N}`), "giu");
const WORD_THEN_NUMBER = toJs(LEGAL_PATTERNS.wordThenNumber);
const NUMBER_THEN_WORD = toJs(LEGAL_PATTERNS.numberThenWord);
const NUMBER_RE = new RegExp(NUMBER, "g");

/** The canonical key of one article number: "274.1" and "274-1" are the same article. */
export function articleKey(number: string): string {
  return `art:${number.replace(".", "-")}`;
}

/** Every article a text refers to, as canonical keys, sorted and without repeats. */
export function legalKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const pattern of [WORD_THEN_NUMBER, NUMBER_THEN_WORD]) {
    for (const match of text.matchAll(pattern)) {
      for (const number of (match[1] ?? "").matchAll(NUMBER_RE)) keys.add(articleKey(number[0]));
    }
  }
  return [...keys].sort();
}
