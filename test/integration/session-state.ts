import type { Session } from "next-auth";

/** The session `auth()` returns in integration tests; set it with actAs(). */
export const sessionState: { current: Session | null } = { current: null };
