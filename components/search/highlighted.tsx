import { snippetParts } from "@/lib/domain/search-kinds";

/** A snippet with its matches in <mark>: the text is rendered as text, never as HTML. */
export function Highlighted({ text, lang }: { text: string; lang?: string }) {
  return (
    <span lang={lang}>
      {snippetParts(text).map((part, i) => (part.marked ? <mark key={i} className="rounded bg-yellow-200 px-0.5 text-inherit">{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
