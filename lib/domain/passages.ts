// A document's text cut into passages (sentences) that a keyboard user can step
// through and select. Each passage is an exact slice of the text, so a selected
// passage is always a verbatim quote. Pure: safe to import from client components.

export type Passage = { index: number; start: number; end: number; text: string; paragraph: number };

const SEGMENTER = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences of each paragraph (a line break ends a paragraph), trimmed, empty ones dropped. */
export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    for (const { segment, index } of SEGMENTER.segment(line)) {
      const trimmed = segment.trim();
      if (!trimmed) continue;
      const start = offset + index + segment.indexOf(trimmed);
      passages.push({ index: passages.length, start, end: start + trimmed.length, text: trimmed, paragraph });
    }
    if (line.trim()) paragraph++;
    offset += line.length + 1;
  }
  return passages;
}

/** The text from passage `from` to passage `to` (inclusive, either order), exactly as in the document. */
export function passageSpan(text: string, passages: readonly Passage[], from: number, to: number): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const first = passages[a];
  const last = passages[b];
  return first && last ? text.slice(first.start, last.end) : "";
}
