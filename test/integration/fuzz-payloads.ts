// Seeded random form payloads for the fuzz test: valid-looking values (ids of the test's own
// rows, real dates and statuses) mixed with hostile ones. Deterministic, so a failure replays.

import type { Rng } from "@/test/support/random";

export { prng, type Rng } from "@/test/support/random";

/** Every field name any action reads, plus prototype keys. */
export const FIELDS = [
  "id", "version", "title", "description", "themeId", "legalReferences", "firstRaisedRoundId", "concernId", "roundId",
  "status", "note", "quote", "documentId", "translation", "statusId", "concernIds", "statusIds", "passage", "sourceId",
  "targetId", "sourceVersion", "targetVersion", "kind", "number", "startDate", "endDate", "place", "format",
  "euDelegationHead", "kzDelegationHead", "summary", "publisher", "url", "publishedOn", "language", "roundIds", "text",
  "email", "name", "role", "disabled", "currentPassword", "newPassword", "confirmPassword", "__proto__", "constructor",
] as const;

const HOSTILE = [
  "", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u2066x\u2069", "\u007F", "\u001B[31m", "true", "false", "null",
  "undefined", "NaN", "Infinity", "-1", "0", "01", " 1 ", "0x10", "1e3", "1e300", "2147483648", "9007199254740993",
  "-2147483649", "1.5", "__proto__", "constructor", "{}", "[]", '{"__proto__":{"x":1}}', "<script>alert(1)</script>",
  "'; DROP TABLE concerns; --", "%00", "../../etc/passwd", "javascript:alert(1)", "2020-02-30", "2020-13-01", "0000-00-00",
  "99999-01-01", "2025", "2025-02", "🇰🇿🇪🇺", "Қазақстан", "ﷺ", "\uD800", "\uDFFF", "a\r\nb\rc\n", "\t",
];

const STATUSES = ["RAISED", "NO_PROGRESS", "IN_PROGRESS", "RESOLVED", "REGRESSED", "NOT_RAISED", "raised", "UNKNOWN"];
const KINDS = ["HUMAN_RIGHTS_DIALOGUE", "JHA_SUBCOMMITTEE", "OTHER_ENGAGEMENT", "OTHER"];

export type FuzzIds = { ids: number[]; quote: string };

function huge(rng: Rng): string {
  const unit = rng.pick(["a", "Қ", "🇰🇿", "\u0000", "x ", "\r\n"]);
  return unit.repeat(rng.pick([2_001, 5_001, 60_000, 210_000]));
}

function value(rng: Rng, known: FuzzIds): string | Blob {
  const roll = rng.next();
  if (roll < 0.25) return String(rng.pick(known.ids));
  if (roll < 0.3) return known.quote;
  if (roll < 0.35) return rng.pick(STATUSES);
  if (roll < 0.38) return rng.pick(KINDS);
  if (roll < 0.42) return rng.pick(["2024-05-06", "2013-11-26", "2030-01-01"]);
  if (roll < 0.45) return huge(rng);
  if (roll < 0.47) return new Blob(["not a string"]);
  if (roll < 0.5) return `Fuzz ${Math.floor(rng.next() * 1e6)}`;
  return rng.pick(HOSTILE);
}

/** One payload: a random subset of fields, each sent once or several times (as a checkbox group). */
export function payload(rng: Rng, known: FuzzIds): FormData {
  const data = new FormData();
  if (rng.chance(0.05)) return data;
  for (const field of FIELDS) {
    if (!rng.chance(field.startsWith("_") || field === "constructor" ? 0.1 : 0.5)) continue;
    const repeat = rng.chance(0.15) ? 1 + Math.floor(rng.next() * 3) : 1;
    for (let i = 0; i < repeat; i++) data.append(field, value(rng, known));
  }
  return data;
}

/** A query string for a route: the dashboard filters and list names, sometimes repeated or hostile. */
export function query(rng: Rng): string {
  const params = new URLSearchParams();
  for (const key of ["list", "kind", "status", "from", "to", "page", "q", "__proto__"]) {
    if (!rng.chance(0.5)) continue;
    const pool = key === "list" ? ["matrix", "mix", "changes", "longest-open", "overview", "nope"] : key === "kind" ? KINDS : STATUSES;
    params.append(key, rng.chance(0.5) ? rng.pick(pool) : rng.pick(HOSTILE));
  }
  return params.toString();
}

/** A path segment value: a valid-looking one or a hostile one. */
export function segment(rng: Rng, valid: string[]): string {
  return rng.chance(0.3) ? rng.pick(valid) : rng.chance(0.1) ? huge(rng).slice(0, 3000) : rng.pick(HOSTILE);
}
