// Refuses to start a production server without AUTH_SECRET. `npm start` checks
// it too, but a bare `next start` would otherwise only fail at the first login,
// with a next-auth error that does not say what to do. Node.js only: loaded by
// instrumentation.ts, never by the Edge runtime (process.exit).
export function requireAuthSecret() {
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.AUTH_SECRET) {
    console.error(
      "Cannot start: AUTH_SECRET is not set. It signs the login sessions and must be the same on every instance.\n" +
        "  Set it to a long random string, e.g. AUTH_SECRET=$(openssl rand -base64 32)",
    );
    process.exit(1);
  }
}
