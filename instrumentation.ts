// Runs once when the server starts. `npm start` checks AUTH_SECRET too, but a
// bare `next start` would otherwise only fail at the first login, with a
// next-auth error that does not say what to do.
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.AUTH_SECRET) {
    console.error(
      "Cannot start: AUTH_SECRET is not set. It signs the login sessions and must be the same on every instance.\n" +
        "  Set it to a long random string, e.g. AUTH_SECRET=$(openssl rand -base64 32)",
    );
    process.exit(1);
  }
}
