"use server";

import { auth, signOut } from "@/lib/auth/next-auth";
import { endSession } from "@/lib/auth/sessions";

// Logging out needs no role: it only ends the caller's own session. The row
// goes first, so a copy of the cookie stops working too, not just this browser's.
export async function logout() {
  const session = await auth();
  if (session?.sessionId) await endSession(session.sessionId);
  await signOut({ redirectTo: "/login" });
}
