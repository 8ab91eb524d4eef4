// Quotes are pasted from browsers, PDFs and Word, which change whitespace and
// swap straight quote marks for curly ones. Comparing on a normalised form lets
// a faithful quote match while still refusing words that are not in the text.
// Pure: safe to import from client components.

const QUOTE_MARKS: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u00B4": "'", "`": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
};

/** Collapses whitespace (incl. non-breaking), unifies quote marks and dashes, trims. */
export function normaliseQuote(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, (mark) => QUOTE_MARKS[mark] ?? mark)
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, "-")
    .replace(/[\s\u00A0\u2007\u202F\u200B]+/g, " ")
    .trim();
}

/** True when `quote` occurs in `text`, compared whitespace- and quote-mark-normalised. */
export function quoteOccursIn(quote: string, text: string): boolean {
  const needle = normaliseQuote(quote);
  return needle.length > 0 && normaliseQuote(text).includes(needle);
}

/**
 * Where a quote sits in the original (un-normalised) text, so it can be
 * highlighted there. Returns null when the quote does not occur.
 */
export function findQuoteRange(quote: string, text: string): { start: number; end: number } | null {
  const needle = normaliseQuote(quote);
  if (!needle) return null;
  // Build the normalised text while remembering, for each normalised character,
  // the index of the original character it came from.
  let normalised = "";
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (/[\s\u00A0\u2007\u202F\u200B]/.test(char)) {
      pendingSpace = normalised.length > 0;
      continue;
    }
    if (pendingSpace) {
      normalised += " ";
      origin.push(i - 1);
      pendingSpace = false;
    }
    normalised += normaliseQuote(char);
    origin.push(i);
  }
  const at = normalised.indexOf(needle);
  if (at < 0) return null;
  return { start: origin[at] ?? 0, end: (origin[at + needle.length - 1] ?? text.length - 1) + 1 };
}
