// Audit events as sentences ("marked X as not raised at R"), and the events of one
// transaction folded into one entry: a bulk action, a merge that moved statuses, a
// delete that cascaded. created_at cannot tie a transaction's events together: Prisma
// fills in @default(now()) itself, per row, so they differ by a few milliseconds. The
// reader passes the inserting transaction's id (`tx`, PostgreSQL's xmin) instead; events
// without one fall back to "same actor, same second".

import { type Change, type Piece, type Ref, type RefType, type Snapshot, changedFields } from "@/lib/domain/audit-diff";
import { plural } from "@/lib/domain/format";
import { STATUS_INFO, isStatus } from "@/lib/domain/status";

export type AuditAction = "CREATE" | "UPDATE" | "DELETE" | "MERGE";
export type AuditEventLike = {
  id: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: Snapshot;
  after: Snapshot;
  createdAt: Date;
  actor: { id: number; name: string } | null;
  /** The transaction that inserted the event, when known. */
  tx?: string;
};

/** A sentence: words, named references and quoted pieces of evidence. */
export type Part = string | { ref: Ref } | { piece: Piece };
export type Entry = {
  key: string;
  actor: { id: number; name: string } | null;
  createdAt: Date;
  sentence: Part[];
  changes: Change[];
  /** A change shows before → after; a creation or deletion only the values it had. */
  arrows: boolean;
  children: Entry[];
};
export type EntryContext = {
  /** The concern and round of a status, for events that only know its id (sources). */
  statusOf: (id: number) => { concernId: number; roundId: number } | undefined;
  redact?: boolean;
};

const VERBS: Record<AuditAction, string> = { CREATE: "created", UPDATE: "changed", DELETE: "deleted", MERGE: "merged" };
const ENTITY: Record<string, { type?: RefType; one: string; many: string }> = {
  Concern: { type: "Concern", one: "concern", many: "concerns" },
  Round: { type: "Round", one: "round", many: "rounds" },
  SourceDocument: { type: "SourceDocument", one: "document", many: "documents" },
  Theme: { type: "Theme", one: "theme", many: "themes" },
  User: { type: "User", one: "user", many: "users" },
  StatusAssessment: { one: "status", many: "statuses" },
  StatusEvidence: { one: "source", many: "sources" },
  IndividualCase: { one: "individual case", many: "individual cases" },
  HandedOverList: { one: "list of cases handed over", many: "lists of cases handed over" },
};

const snap = (e: AuditEventLike) => (e.after ?? e.before ?? {}) as Record<string, unknown>;
const ref = (type: RefType, id: unknown): Part => ({ ref: { type, id: Number(id) } });
const word = (entityType: string) => ENTITY[entityType] ?? { one: entityType, many: entityType };

function statusParts(concernId: unknown, roundId: unknown): Part[] {
  return ["the status of ", ref("Concern", concernId), " at ", ref("Round", roundId)];
}

/** What an event is about, named: "concern X", "the status of X at R". */
export function subject(event: AuditEventLike, ctx: EntryContext): Part[] {
  const s = snap(event);
  if (event.entityType === "StatusAssessment") return statusParts(s.concernId, s.roundId);
  if (event.entityType === "StatusEvidence") {
    const status = ctx.statusOf(Number(s.statusId));
    return status ? statusParts(status.concernId, status.roundId) : [`a status since deleted (#${String(s.statusId)})`];
  }
  const { type, one } = word(event.entityType);
  return type ? [`${one} `, ref(type, event.entityId)] : [`${one} #${event.entityId}`];
}

/** One event as a sentence without its actor: "added a source (…) to the status of X at R". */
export function sentence(event: AuditEventLike, ctx: EntryContext): Part[] {
  const s = snap(event);
  if (event.entityType === "StatusEvidence") {
    const piece = { piece: s as unknown as Piece };
    if (event.action === "CREATE") return ["added a source (", piece, ") to ", ...subject(event, ctx)];
    if (event.action === "DELETE") return ["removed a source (", piece, ") from ", ...subject(event, ctx)];
  }
  if (event.entityType === "StatusAssessment" && event.action === "CREATE" && isStatus(s.status)) {
    if (s.status === "NOT_RAISED") return ["marked ", ref("Concern", s.concernId), " as not raised at ", ref("Round", s.roundId)];
    return ["recorded ", ref("Concern", s.concernId), ` as “${STATUS_INFO[s.status].label}” at `, ref("Round", s.roundId)];
  }
  if (event.entityType === "Concern" && event.action === "MERGE") {
    if (event.after?.mergedIntoId) return ["merged ", ref("Concern", event.entityId), " into ", ref("Concern", event.after.mergedIntoId)];
    if (event.after?.mergedFrom) return ["merged ", ref("Concern", event.after.mergedFrom), " into ", ref("Concern", event.entityId)];
  }
  return [`${VERBS[event.action]} `, ...subject(event, ctx)];
}

// Fields the sentence already names, so the diff does not repeat them.
function shownChanges(event: AuditEventLike, ctx: EntryContext): Change[] {
  if (event.entityType === "StatusEvidence") return [];
  const changes = changedFields(event.before, event.after, { redact: ctx.redact });
  if (event.entityType !== "StatusAssessment" || event.action === "UPDATE") return changes;
  const byActor = snap(event).authorId === event.actor?.id;
  return changes.filter((c) => c.field !== "concernId" && c.field !== "roundId" && !(c.field === "authorId" && byActor));
}

function single(event: AuditEventLike, ctx: EntryContext): Entry {
  const { id: key, actor, createdAt } = event;
  const arrows = event.action === "UPDATE" || event.action === "MERGE";
  return { key, actor, createdAt, sentence: sentence(event, ctx), changes: shownChanges(event, ctx), arrows, children: [] };
}

function bulkSentence(events: AuditEventLike[]): Part[] {
  const [first] = events as [AuditEventLike];
  const snaps = events.map(snap);
  const sameRound = snaps.every((s) => s.roundId === snaps[0]!.roundId);
  if (first.entityType === "StatusAssessment" && sameRound && snaps.every((s) => s.status === "NOT_RAISED")) {
    if (first.action === "CREATE") return [`marked ${plural(events.length, "concern")} as not raised at `, ref("Round", snaps[0]!.roundId)];
    if (first.action === "DELETE") {
      return [`undid “not raised” for ${plural(events.length, "concern")} at `, ref("Round", snaps[0]!.roundId)];
    }
  }
  const { one, many } = word(first.entityType);
  return [`${VERBS[first.action]} ${plural(events.length, one, many)}`];
}

// Inside a group, the changes read in the order they were made (the list itself is newest first).
const inOrder = (events: AuditEventLike[], ctx: EntryContext) => [...events].reverse().map((e) => single(e, ctx));

// "deleted concern X and its 3 statuses"
const deleteTail = (n: number) => (n === 0 ? "" : n === 1 ? " and its status" : ` and its ${n} statuses`);

// "merged X into Y, moving 2 statuses and dropping 1 already recorded on the kept concern"
function mergeTail(moved: number, dropped: number): string {
  const parts = [
    moved ? `moving ${plural(moved, "status", "statuses")}` : "",
    dropped ? `dropping ${dropped} already recorded on the kept concern` : "",
  ].filter(Boolean);
  return parts.length ? `, ${parts.join(" and ")}` : "";
}

/** The events of one transaction as entries. */
function transactionEntries(batch: AuditEventLike[], ctx: EntryContext): Entry[] {
  if (batch.length === 1) return [single(batch[0]!, ctx)];
  // A merge or a concern delete leads; the status changes it caused are listed inside it.
  const merges = batch.filter((e) => e.entityType === "Concern" && e.action === "MERGE");
  const deleted = batch.find((e) => e.entityType === "Concern" && e.action === "DELETE");
  const lead = merges.find((e) => e.after?.mergedIntoId) ?? merges[0] ?? deleted;
  if (lead) {
    const rest = batch.filter((e) => e !== lead && !merges.includes(e));
    const statuses = rest.filter((e) => e.entityType === "StatusAssessment");
    const moved = statuses.filter((e) => e.action === "UPDATE").length;
    const dropped = statuses.filter((e) => e.action === "DELETE").length;
    const tail = lead.action === "DELETE" ? deleteTail(dropped) : mergeTail(moved, dropped);
    return [{ ...single(lead, ctx), sentence: [...sentence(lead, ctx), ...(tail ? [tail] : [])], children: inOrder(rest, ctx) }];
  }
  // Otherwise one entry per kind of change in the transaction, in the order they happened.
  const kinds = new Map<string, AuditEventLike[]>();
  for (const e of batch) {
    const key = `${e.action}:${e.entityType}`;
    kinds.set(key, [...(kinds.get(key) ?? []), e]);
  }
  return [...kinds.values()].map((events) => {
    if (events.length === 1) return single(events[0]!, ctx);
    const { id: key, actor, createdAt } = events[0]!;
    return { key, actor, createdAt, sentence: bulkSentence(events), changes: [], arrows: false, children: inOrder(events, ctx) };
  });
}

const transactionKey = (e: AuditEventLike) => `${e.actor?.id ?? "system"}:${e.tx ?? `s${Math.floor(e.createdAt.getTime() / 1000)}`}`;

/** Events, newest first, as entries; the events of one transaction become one group, placed where its newest event is. */
export function buildEntries(events: AuditEventLike[], ctx: EntryContext): Entry[] {
  const batches = new Map<string, AuditEventLike[]>();
  for (const event of events) {
    const key = transactionKey(event);
    batches.set(key, [...(batches.get(key) ?? []), event]);
  }
  return [...batches.values()].flatMap((batch) => transactionEntries(batch, ctx));
}
