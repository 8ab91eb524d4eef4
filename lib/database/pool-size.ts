// How many database connections one app process keeps. Saves are one statement
// and every request reads its session, so connections are held briefly; more of
// them than the database has cores only lets its backends queue on each
// other's locks. On the 2-core machines, 20 analysts saving at once
// (scripts/bench/writes.ts) took p95 253–275 ms with 25 connections, 197 ms with
// 8, 186 ms with 6 and 213 ms with 10. DATABASE_POOL_SIZE raises it for a larger
// database server. Pure.

export const DEFAULT_POOL_SIZE = 8;

/** The pool size DATABASE_POOL_SIZE asks for (a whole number from 1 to 100), or the default when unset. */
export function poolSize(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_POOL_SIZE;
  const size = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(size) || size < 1 || size > 100) throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 100, not "${value}".`);
  return size;
}
