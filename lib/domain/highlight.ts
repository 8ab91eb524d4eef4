import { findQuoteRange } from "@/lib/domain/quote";

export type Segment<T> = { text: string; marks: T[] };

/**
 * Cuts a text into segments so that every quote can be highlighted where it
 * occurs, overlapping quotes included: each segment lists the items whose
 * quote covers it (none for plain text).
 */
export function highlightQuotes<T extends { quote: string | null }>(text: string, items: readonly T[]): Segment<T>[] {
  const ranges = items
    .map((item) => ({ item, range: item.quote ? findQuoteRange(item.quote, text) : null }))
    .filter((r): r is { item: T; range: { start: number; end: number } } => r.range !== null);
  const cuts = new Set([0, text.length]);
  for (const { range } of ranges) cuts.add(range.start).add(range.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = ranges.filter(({ range }) => range.start <= start && range.end >= end).map(({ item }) => item);
    segments.push({ text: text.slice(start, end), marks });
  }
  return segments;
}
