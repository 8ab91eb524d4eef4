import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "ANALYST", "VIEWER"] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { VIEWER: 1, ANALYST: 2, ADMIN: 3 };

/** ADMIN can do all an ANALYST can, who can do all a VIEWER can. */
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", ANALYST: "Analyst", VIEWER: "Viewer" };
