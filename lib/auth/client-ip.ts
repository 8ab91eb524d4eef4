// The address rate limiting counts failed logins against. scripts/serve.ts (the
// server `npm start` and `npm run dev` run) replaces X-Forwarded-For with the one
// client address: the socket's, or with TRUSTED_PROXIES set, the address a
// trusted proxy saw (lib/auth/trusted-proxies.ts). Should the app run under a bare
// `next start` or `next dev`, Next only fills the header in when the client sent
// none; the right-most entry is then the least bad guess, and the README says to
// use the npm scripts.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
