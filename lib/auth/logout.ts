"use server";

import { signOut } from "@/lib/auth/next-auth";

// Logging out needs no role: it only ends the caller's own session.
export async function logout() {
  await signOut({ redirectTo: "/login" });
}
