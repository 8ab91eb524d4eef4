// The address rate limiting counts failed logins against. `next start` fills
// x-forwarded-for with the socket address when no proxy set it; a reverse proxy
// appends the address it saw. The right-most entry is therefore the one added by
// the hop nearest to us: entries further left are whatever the client claimed.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
