import { SentenceView, ValueView } from "@/components/audit/audit-value";
import type { ReadableHistory } from "@/lib/data/audit";
import type { AuditNames } from "@/lib/data/audit-names";
import type { Change } from "@/lib/domain/audit-diff";
import type { Entry } from "@/lib/domain/audit-entries";
import { formatDateTime } from "@/lib/domain/format";

const MAX_CHANGES = 15;

/**
 * "Field: before → after". A created record shows only its values, a deleted one what it had, and
 * sources added or removed are said so by their label.
 */
function Changes({ changes, arrows, names }: { changes: Change[]; arrows: boolean; names: AuditNames }) {
  if (changes.length === 0) return null;
  const view = (c: Change) => {
    if (arrows && !c.field.startsWith("evidence")) {
      return <><ValueView value={c.from} names={names} /> → <ValueView value={c.to} names={names} /></>;
    }
    return <ValueView value={c.to.kind === "empty" ? c.from : c.to} names={names} />;
  };
  return (
    <ul className="mt-1 space-y-0.5 text-slate-700" aria-label="Changed fields">
      {changes.slice(0, MAX_CHANGES).map((c) => (
        <li key={c.field} className="break-words">
          <span className="font-medium">{c.label}</span>: {view(c)}
        </li>
      ))}
    </ul>
  );
}

function EntryView({ entry, names, nested = false }: { entry: Entry; names: AuditNames; nested?: boolean }) {
  return (
    <>
      {/* A div, not a p: a long quote in the sentence opens as a <details>, which a p cannot hold. */}
      <div>
        {nested ? null : <><strong>{entry.actor?.name ?? "System"}</strong>{" "}</>}
        <SentenceView parts={entry.sentence} names={names} />
        {nested ? null : (
          <span className="text-slate-600">
            {" on "}
            <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
          </span>
        )}
      </div>
      <Changes changes={entry.changes} arrows={entry.arrows} names={names} />
      {entry.children.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-slate-700">Show the {entry.children.length} changes in this action</summary>
          <ol className="mt-1 space-y-2 border-l-2 border-slate-200 pl-3">
            {entry.children.map((child) => (
              <li key={child.key}><EntryView entry={child} names={names} nested /></li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}

/** Audit entries, newest first: who did what, by name, and what changed; a bulk action is one entry. */
export function HistoryList({ history }: { history: ReadableHistory }) {
  if (history.entries.length === 0) return <p className="text-sm text-slate-600">No recorded changes yet.</p>;
  return (
    <ol className="space-y-3" aria-label="Change history">
      {history.entries.map((entry) => (
        <li key={entry.key} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <EntryView entry={entry} names={history.names} />
        </li>
      ))}
    </ol>
  );
}
