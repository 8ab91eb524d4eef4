import "server-only";
// Helpers shared by the server actions in lib/actions. Kept outside that folder,
// which holds only actions (the authorisation matrix test checks every export there).
import { isoDay } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";

/** Form-ready strings for a row, so a conflict can show the other person's values field by field. */
export function formValues(row: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) values[key] = "";
    else if (value instanceof Date) values[key] = isoDay(value);
    else if (Array.isArray(value)) values[key] = value.join("\n");
    else values[key] = String(value);
  }
  return values;
}

export type StaleDetails = { version: number; current: Record<string, string> };

/**
 * Someone saved this row after the user opened the form. The details carry
 * their values and the version to retry against, so the form can show both.
 */
export function staleVersion(what: string, current: Record<string, unknown> & { version: number }): AppError {
  const details: StaleDetails = { version: current.version, current: formValues(current) };
  return new AppError(
    "STALE_VERSION",
    `Someone else changed this ${what} while you were editing. Their version is shown below; your text is kept. Save again to replace theirs with yours.`,
    details,
  );
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `This ${what} no longer exists. It may have been deleted.`);
}

