// Runs once when the server starts. The check lives in a Node.js-only module,
// imported behind NEXT_RUNTIME so the Edge bundle of this file stays free of it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { requireAuthSecret } = await import("@/lib/auth/require-auth-secret");
    requireAuthSecret();
  }
}
