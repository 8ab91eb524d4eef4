// The dashboard's filters, read from the URL (searchParams) so a view can be
// shared, bookmarked and reloaded, and the same filters drive the CSV exports.
import { z } from "zod";
import { realDay } from "@/lib/domain/dates";
import { parseId, parsePage } from "@/lib/domain/params";
import { ROUND_KIND_LABELS } from "@/lib/domain/format";
import { STATUSES } from "@/lib/domain/status";
import type { RoundKind, Status } from "@/lib/generated/prisma/enums";

export const ROUND_KINDS = ["HUMAN_RIGHTS_DIALOGUE", "JHA_SUBCOMMITTEE", "OTHER_ENGAGEMENT"] as const satisfies readonly RoundKind[];

/** Only the dialogue rounds unless the reader asks for more. */
export const DEFAULT_KINDS: RoundKind[] = ["HUMAN_RIGHTS_DIALOGUE"];

export type DashboardFilters = {
  kinds: RoundKind[];
  /** Inclusive bounds on a round's start date, as YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Keep only concerns whose current status is one of these; empty = all. */
  statuses: Status[];
  /** The round whose changes are shown (default: the latest in view), by id. */
  at?: number | null;
  /** The earlier round it is compared with (default: the round in view before `at`), by id. */
  against?: number | null;
};

export type ParsedFilters = { filters: DashboardFilters; page: number; errors: Partial<Record<"from" | "to" | "page" | "compare", string>> };

/** A round id in the URL; whether it is a round in view, and earlier, is checked against the rounds (checkCompare). */
const roundParam = z
  .string()
  .trim()
  .transform((value, ctx) => parseId(value) ?? (ctx.addIssue({ code: "custom", message: "Choose the rounds to compare from the lists." }), z.NEVER));

type SearchParams = Record<string, string | string[] | undefined>;


const many = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();

/**
 * Lenient on purpose: a bad value in a shared link must not break the page, so
 * unknown kinds and statuses are dropped and a bad date is ignored with a
 * message shown next to its field.
 */
export function parseDashboardFilters(params: SearchParams): ParsedFilters {
  const errors: ParsedFilters["errors"] = {};
  const kinds = ROUND_KINDS.filter((kind) => many(params.kind).includes(kind));
  const statuses = STATUSES.filter((status) => many(params.status).includes(status));

  const date = (key: "from" | "to") => {
    const raw = one(params[key]);
    if (!raw) return null;
    // realDay, as the forms use: 2020-02-30 is refused, not rolled over to 1 March.
    if (realDay(raw)) return raw;
    errors[key] = "Enter a real date as YYYY-MM-DD.";
    return null;
  };
  const from = date("from");
  let to = date("to");
  if (from && to && from > to) {
    errors.to = "The end date must be on or after the start date.";
    to = null;
  }

  const rawPage = one(params.page);
  let page = 1;
  if (rawPage) {
    const parsed = parsePage(rawPage);
    if (parsed !== null) page = parsed;
    else errors.page = "Page must be a whole number from 1.";
  }
  const round = (key: "at" | "against") => {
    const raw = one(params[key]);
    if (!raw) return null;
    const parsed = roundParam.safeParse(raw);
    if (parsed.success) return parsed.data;
    errors.compare = parsed.error.issues[0]?.message;
    return null;
  };
  const at = round("at");
  const against = round("against");
  return { filters: { kinds: kinds.length ? kinds : [...DEFAULT_KINDS], from, to, statuses, at, against }, page, errors };
}

/** The filters of a download's query (lib/api/endpoints.ts), checked strictly there, in the order the page gives them. */
export function dashboardFiltersOf(query: { kind?: RoundKind[]; status?: Status[]; from?: string; to?: string; at?: number; against?: number }): DashboardFilters {
  const kinds = ROUND_KINDS.filter((kind) => query.kind?.includes(kind));
  return {
    kinds: kinds.length ? kinds : [...DEFAULT_KINDS],
    from: query.from ?? null,
    to: query.to ?? null,
    statuses: STATUSES.filter((status) => query.status?.includes(status)),
    at: query.at ?? null,
    against: query.against ?? null,
  };
}

/** A URL's query as the plain object pages get as `searchParams`. */
export function searchParamsToRecord(params: URLSearchParams): SearchParams {
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
}

/** The query string for these filters (what the GET form would produce). */
export function filtersToSearchParams(filters: DashboardFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const kind of filters.kinds) params.append("kind", kind);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  for (const status of filters.statuses) params.append("status", status);
  if (filters.at) params.set("at", String(filters.at));
  if (filters.against) params.set("against", String(filters.against));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}

/** One line saying what is shown, for print headers and CSV consumers. */
export function describeFilters(filters: DashboardFilters, statusLabel: (s: Status) => string): string {
  const parts = [`Rounds: ${filters.kinds.map((k) => ROUND_KIND_LABELS[k]).join(", ")}`];
  if (filters.from || filters.to) parts.push(`dated ${filters.from ?? "any time"} to ${filters.to ?? "today"}`);
  parts.push(filters.statuses.length ? `current status: ${filters.statuses.map(statusLabel).join(", ")}` : "all statuses");
  return parts.join("; ");
}

const KIND_FILE_PART: Record<RoundKind, string> = { HUMAN_RIGHTS_DIALOGUE: "dialogue", JHA_SUBCOMMITTEE: "jha", OTHER_ENGAGEMENT: "other" };

/** The filters as parts of a file name, so a download says what it holds: "dialogue", "from-2015-01-01", "raised". */
export function filterFileParts(filters: DashboardFilters): string[] {
  const parts = [filters.kinds.map((k) => KIND_FILE_PART[k]).join("-")];
  if (filters.from) parts.push(`from-${filters.from}`);
  if (filters.to) parts.push(`to-${filters.to}`);
  if (filters.statuses.length) parts.push(filters.statuses.join("-").toLowerCase().replace(/_/g, "-"));
  return parts;
}
