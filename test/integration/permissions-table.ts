// Reads docs/permissions.md, the written table of who may do what, so the
// authorisation matrix checks the code against it rather than against itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS_FILE = "docs/permissions.md";

export type Permission = { kind: "action" | "route" | "page"; key: string; role: Role };

// Lowest first: the first role with "yes" is the one required.
const LADDER = ["VIEWER", "ANALYST", "ADMIN"] as const satisfies readonly Role[];

/**
 * Rows like "| what | action `lib/actions/x.ts#name` | no | yes | yes |". Keys:
 * "file#export" for actions, "GET /api/v1/…" for routes, the file for pages.
 */
export function readPermissions(root: string): Map<string, Permission> {
  const lines = readFileSync(path.join(root, PERMISSIONS_FILE), "utf8").split("\n").filter((line) => line.startsWith("|"));
  const header = lines[0]!.split("|").slice(1, -1).map((cell) => cell.trim());
  const roleColumns = LADDER.map((role) => header.indexOf(role));
  if (roleColumns.some((index) => index < 0)) throw new Error(`${PERMISSIONS_FILE}: the header needs a column for each of ${ROLES.join(", ")}`);
  const table = new Map<string, Permission>();
  for (const line of lines.slice(2)) {
    const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
    const where = /^(action|route|page) `([^`]+)`$/.exec(cells[1] ?? "");
    if (!where) throw new Error(`${PERMISSIONS_FILE}: cannot read "where" in: ${line}`);
    const answers = roleColumns.map((index) => cells[index]);
    if (answers.some((answer) => answer !== "yes" && answer !== "no")) throw new Error(`${PERMISSIONS_FILE}: write yes or no for each role in: ${line}`);
    const first = answers.indexOf("yes");
    if (first < 0) throw new Error(`${PERMISSIONS_FILE}: nobody may do this, so it should not exist: ${line}`);
    // Each role may do all the one below it may.
    if (answers.slice(first).includes("no")) throw new Error(`${PERMISSIONS_FILE}: a higher role is refused what a lower one may do: ${line}`);
    const key = where[2]!;
    if (table.has(key)) throw new Error(`${PERMISSIONS_FILE}: ${key} is listed twice`);
    table.set(key, { kind: where[1] as Permission["kind"], key, role: LADDER[first]! });
  }
  return table;
}
