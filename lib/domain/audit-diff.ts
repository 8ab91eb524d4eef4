// How an audit event's before/after snapshots read to a person: field labels, values in words
// (statuses, dates, kinds), ids as references to be named by the caller, and only what changed.
// Pure, so the history sections and the admin log share one rule and a unit test holds it.

import { STATUS_INFO, isStatus } from "@/lib/domain/status";
import { ROUND_FORMAT_LABELS, ROUND_KIND_LABELS, formatDate, formatDateTime, formatPartialDate } from "@/lib/domain/format";

export type RefType = "Round" | "Concern" | "Theme" | "SourceDocument" | "User" | "StatusAssessment" | "IndividualCase";
export type Ref = { type: RefType; id: number };
export type Piece = { id?: number; documentId: number; quote: string; translation?: string };

export type Value =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "long"; short: string; full: string }
  | { kind: "refs"; refs: Ref[] }
  | { kind: "pieces"; pieces: Piece[] };

export type Change = { field: string; label: string; from: Value; to: Value };
export type Snapshot = Record<string, unknown> | null;

/** Fields holding ids, and what they point to. */
export const REF_FIELDS: Record<string, RefType> = {
  roundId: "Round", firstRaisedRoundId: "Round", roundIds: "Round",
  concernId: "Concern", mergedIntoId: "Concern", mergedFrom: "Concern",
  themeId: "Theme", documentId: "SourceDocument",
  authorId: "User", actorId: "User", statusId: "StatusAssessment",
  // A handed-over list's cases: named when read, as the reader may see them (lib/domain/audit-identity.ts).
  caseIds: "IndividualCase",
};

const LABELS: Record<string, string> = {
  title: "Title", description: "Description", themeId: "Theme", legalReferences: "Legal references",
  firstRaisedRoundId: "First raised at", mergedIntoId: "Merged into", mergedFrom: "Merged from",
  concernId: "Concern", roundId: "Round", status: "Status", note: "Note", authorId: "Recorded by",
  quote: "Quote", translation: "Translation", documentId: "Document", evidence: "Sources", statusId: "Status",
  kind: "Kind", number: "Number", startDate: "Start date", endDate: "End date", place: "Place", format: "Format",
  euDelegationHead: "EU delegation head", kzDelegationHead: "Kazakhstan delegation head", summary: "Summary",
  publisher: "Publisher", url: "Address", publishedOn: "Published", publishedPrecision: "Date known to the",
  language: "Language", roundIds: "Rounds", name: "Name", email: "Email", role: "Role", disabled: "Disabled",
  mustChangePassword: "Must change password", passwordChanged: "Password changed", lastLoginAt: "Last login",
  slug: "Address name", sortOrder: "Order", personName: "Name", caseIds: "Cases",
};

// Bookkeeping, too large to diff here (a document's full text), or shown as entries of their own
// (a deleted concern's statuses each have their own event in the same transaction).
const IGNORED = new Set(["id", "version", "createdAt", "updatedAt", "text", "passwordHash", "statusAssessments"]);
// Personal data shown only on the admin-only log.
const PERSONAL = new Set(["email"]);
const LONG = 140;

export function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const words = field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function text(value: string): Value {
  if (value.length <= LONG) return { kind: "text", text: value };
  return { kind: "long", short: `${value.slice(0, LONG - 20).trimEnd()}…`, full: value };
}

/** One field's value in words; ids become references. */
export function readValue(field: string, value: unknown): Value {
  if (isEmpty(value)) return { kind: "empty" };
  const refType = REF_FIELDS[field];
  if (refType) {
    const ids = (Array.isArray(value) ? value : [value]).map(Number).filter(Number.isInteger);
    return { kind: "refs", refs: ids.map((id) => ({ type: refType, id })) };
  }
  if (field === "evidence" && Array.isArray(value)) return { kind: "pieces", pieces: value as Piece[] };
  if (field === "status" && isStatus(value)) return { kind: "text", text: STATUS_INFO[value].label };
  if (field === "kind" && typeof value === "string" && value in ROUND_KIND_LABELS) {
    return { kind: "text", text: ROUND_KIND_LABELS[value as keyof typeof ROUND_KIND_LABELS] };
  }
  if (field === "format" && typeof value === "string" && value in ROUND_FORMAT_LABELS) {
    return { kind: "text", text: ROUND_FORMAT_LABELS[value as keyof typeof ROUND_FORMAT_LABELS] };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "yes" : "no" };
  if (typeof value === "string") {
    // A document date known to the month is logged as the form shows it: "2025-03".
    if (field === "publishedOn" && /^\d{4}-\d{2}$/.test(value)) {
      return { kind: "text", text: formatPartialDate(new Date(`${value}-01`), "MONTH") };
    }
    if (ISO_DAY.test(value)) return { kind: "text", text: formatDate(new Date(value.slice(0, 10))) };
    if (ISO_TIME.test(value)) return { kind: "text", text: formatDateTime(new Date(value)) };
    if (field === "role" || field === "publishedPrecision") return { kind: "text", text: value.charAt(0) + value.slice(1).toLowerCase() };
    return text(value);
  }
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return text(value.join("; "));
  return text(typeof value === "object" ? JSON.stringify(value) : String(value));
}

const pieceKey = (p: Piece) => (p.id !== undefined ? `#${p.id}` : `${p.documentId}:${p.quote}`);

/**
 * The fields that differ between two snapshots, labelled and in words. Sources
 * (evidence pieces) are compared piece by piece, as the ones added and the ones removed.
 * `redact` drops personal data (email) for readers who are not admins.
 */
export function changedFields(before: Snapshot, after: Snapshot, { redact = false } = {}): Change[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: Change[] = [];
  for (const field of keys) {
    if (IGNORED.has(field) || (redact && PERSONAL.has(field))) continue;
    const [from, to] = [before?.[field], after?.[field]];
    if (isEmpty(from) && isEmpty(to)) continue;
    if (JSON.stringify(from ?? null) === JSON.stringify(to ?? null)) continue;
    if (field === "evidence") {
      const [old, now] = [(from ?? []) as Piece[], (to ?? []) as Piece[]];
      const [oldKeys, nowKeys] = [new Set(old.map(pieceKey)), new Set(now.map(pieceKey))];
      const removed = old.filter((p) => !nowKeys.has(pieceKey(p)));
      const added = now.filter((p) => !oldKeys.has(pieceKey(p)));
      // A new or deleted status lists its sources; a change says which came and which went.
      if (!before || !after) {
        changes.push({ field, label: fieldLabel(field), from: readValue(field, removed), to: readValue(field, added) });
        continue;
      }
      const sources = (n: number) => (n === 1 ? "Source" : "Sources");
      const none: Value = { kind: "empty" };
      if (added.length) changes.push({ field, label: `${sources(added.length)} added`, from: none, to: readValue(field, added) });
      if (removed.length) {
        changes.push({ field: `${field}:removed`, label: `${sources(removed.length)} removed`, from: readValue(field, removed), to: none });
      }
      continue;
    }
    changes.push({ field, label: fieldLabel(field), from: readValue(field, from), to: readValue(field, to) });
  }
  return changes;
}

/** Every id an event's snapshots refer to, by type (evidence pieces name their documents). */
export function collectRefs(snapshots: Snapshot[], into: Map<RefType, Set<number>> = new Map()): Map<RefType, Set<number>> {
  const add = (type: RefType, id: unknown) => {
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0) return;
    if (!into.has(type)) into.set(type, new Set());
    into.get(type)!.add(n);
  };
  for (const snapshot of snapshots) {
    if (!snapshot) continue;
    for (const [field, value] of Object.entries(snapshot)) {
      const type = REF_FIELDS[field];
      if (type) for (const id of Array.isArray(value) ? value : [value]) add(type, id);
      if (field === "evidence" && Array.isArray(value)) for (const piece of value as Piece[]) add("SourceDocument", piece.documentId);
    }
  }
  return into;
}
