/** PostgreSQL's int4 maximum: every id column is an int4, so a larger number can name nothing (and makes Prisma throw). */
export const MAX_ID = 2_147_483_647;

// Canonical digits only: Number() would also read " 1 ", "0x10", "1e3", "01" and true as numbers.
export const CANONICAL_ID = /^[1-9]\d{0,9}$/;

/** A positive int4 id from a URL segment, form field or query parameter, or null for anything else. */
export function parseId(value: unknown): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value > 0 && value <= MAX_ID ? value : null;
  if (typeof value !== "string" || !CANONICAL_ID.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}

/** A 1-based page number from a query string; anything else, including 1e300, is null. */
export function parsePage(value: unknown, max = 100_000): number | null {
  const page = parseId(value);
  return page !== null && page <= max ? page : null;
}
