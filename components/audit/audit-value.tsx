import Link from "next/link";
import { type AuditNames, nameOf } from "@/lib/data/audit-names";
import type { Piece, Ref, Value } from "@/lib/domain/audit-diff";
import type { Part } from "@/lib/domain/audit-entries";
import { languageName } from "@/lib/domain/format";

const SHORT_QUOTE = 100;

/** A referenced record by name, linked to its page while it exists. */
export function RefName({ target, names }: { target: Ref; names: AuditNames }) {
  const name = nameOf(names, target.type, target.id);
  if (name.href) return <Link href={name.href} className="font-medium underline">{name.label}</Link>;
  return <span className="font-medium">{name.label}{name.deleted && !name.label.startsWith("deleted ") ? " (deleted)" : ""}</span>;
}

/** Text shortened to a summary; the whole of it one click away. */
export function LongText({ short, full }: { short: string; full: string }) {
  return (
    <details className="inline-block align-top">
      <summary className="cursor-pointer">{short}</summary>
      <span className="mt-1 block whitespace-pre-wrap rounded bg-slate-50 p-2">{full}</span>
    </details>
  );
}

/** A piece of evidence: “Russian: “…”” and the document it is quoted from. */
export function PieceView({ piece, names }: { piece: Piece; names: AuditNames }) {
  const document = nameOf(names, "SourceDocument", Number(piece.documentId));
  const language = document.language ? `${languageName(document.language)}: ` : "";
  const quote = piece.quote ?? "";
  return (
    <span>
      {language}
      {quote.length > SHORT_QUOTE ? (
        <LongText short={`“${quote.slice(0, SHORT_QUOTE - 10).trimEnd()}…”`} full={quote} />
      ) : (
        <q>{quote}</q>
      )}
      {piece.translation ? <span className="text-slate-600"> (“{piece.translation}”)</span> : null}
      {" in "}
      <RefName target={{ type: "SourceDocument", id: Number(piece.documentId) }} names={names} />
    </span>
  );
}

export function ValueView({ value, names }: { value: Value; names: AuditNames }) {
  switch (value.kind) {
    case "empty":
      return <span aria-label="empty">—</span>;
    case "text":
      return <span>{value.text}</span>;
    case "long":
      return <LongText short={value.short} full={value.full} />;
    case "refs":
      return (
        <span>
          {value.refs.map((r, i) => (
            <span key={`${r.type}:${r.id}`}>{i > 0 ? ", " : ""}<RefName target={r} names={names} /></span>
          ))}
        </span>
      );
    case "pieces":
      return (
        <ul className="ml-4 list-disc">
          {value.pieces.map((p, i) => <li key={p.id ?? i}><PieceView piece={p} names={names} /></li>)}
        </ul>
      );
  }
}

export function SentenceView({ parts, names }: { parts: Part[]; names: AuditNames }) {
  return parts.map((part, i) =>
    typeof part === "string" ? <span key={i}>{part}</span>
    : "ref" in part ? <RefName key={i} target={part.ref} names={names} />
    : <PieceView key={i} piece={part.piece} names={names} />,
  );
}
