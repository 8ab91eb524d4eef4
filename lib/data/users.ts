import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type UserListItem = {
  id: number;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  lastLoginAt: Date | null;
  version: number;
};

/** Everyone with an account, active ones first, then by name. Callers check the ADMIN role. */
export async function listUsers(): Promise<UserListItem[]> {
  return db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, lastLoginAt: true, version: true },
  });
}
