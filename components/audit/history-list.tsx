import type { AuditRow } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/domain/format";

const ACTION_WORDS = { CREATE: "created", UPDATE: "changed", DELETE: "deleted", MERGE: "merged" } as const;
const ENTITY_WORDS: Record<string, string> = { StatusAssessment: "status", SourceDocument: "document", Concern: "concern", Round: "round" };
const IGNORED = new Set(["version", "id", "createdAt", "updatedAt", "text"]);

type Json = Record<string, unknown> | null;

/** The fields an event changed, as "field: old → new". */
export function changedFields(before: Json, after: Json): { field: string; from: string; to: string }[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "string" ? value : JSON.stringify(value));
  return [...keys]
    .filter((key) => !IGNORED.has(key) && show(before?.[key]) !== show(after?.[key]))
    .map((field) => ({ field, from: show(before?.[field]), to: show(after?.[field]) }));
}

export function HistoryList({ events, showEntity = true }: { events: AuditRow[]; showEntity?: boolean }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No recorded changes yet.</p>;
  return (
    <ol className="space-y-3" aria-label="Change history">
      {events.map((event) => {
        const changes = changedFields(event.before as Json, event.after as Json);
        return (
          <li key={String(event.id)} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
            <p>
              <strong>{event.actor?.name ?? "System"}</strong> {ACTION_WORDS[event.action]}{" "}
              {showEntity ? `${ENTITY_WORDS[event.entityType] ?? event.entityType} #${event.entityId}` : "this"}{" "}
              <span className="text-slate-600">on <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time></span>
            </p>
            {changes.length ? (
              <ul className="mt-1 space-y-0.5 text-slate-700">
                {changes.slice(0, 12).map((c) => (
                  <li key={c.field} className="break-words">
                    <span className="font-medium">{c.field}</span>: {event.action === "CREATE" ? c.to : event.action === "DELETE" ? c.from : `${c.from} → ${c.to}`}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
