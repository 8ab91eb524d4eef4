// Where the app may send a user after login (callbackUrl, next-auth's redirect).
// Prefix checks on the raw string are what open-redirect bypasses defeat: the
// URL parser drops tabs and newlines and reads "\" as "/" in http(s) URLs, so
// "/\evil.example" or "/<TAB>/evil.example" become "//evil.example", another
// host. Instead the target is parsed exactly as a browser would and kept only
// if it stays on our origin; what is returned is the parsed, re-serialised path.

const PLACEHOLDER_ORIGIN = "http://app.invalid";
const MAX_LENGTH = 2048;
export const DEFAULT_REDIRECT = "/";

/**
 * A same-origin path ("/rounds?kind=x#top") for `target`, or `fallback` when
 * it is missing, malformed or off-site.
 * `origin` is the app's own origin when absolute URLs to it are acceptable
 * (next-auth passes them); without it only paths are accepted.
 */
export function safeRedirectPath(target: unknown, { origin, fallback = DEFAULT_REDIRECT }: { origin?: string; fallback?: string } = {}): string {
  if (typeof target !== "string" || target.length === 0 || target.length > MAX_LENGTH) return fallback;
  // Control characters are never part of a path we produce; the parser would silently drop some of them.
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  const base = origin ?? PLACEHOLDER_ORIGIN;
  let url: URL;
  let baseUrl: URL;
  try {
    baseUrl = new URL(base);
    url = new URL(target, baseUrl);
  } catch {
    return fallback;
  }
  if (url.origin !== baseUrl.origin || url.username || url.password) return fallback;
  // Without a known origin, only paths count: "https://app.invalid/x" is not ours either.
  if (!origin && !target.startsWith("/")) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Belt and braces: what we hand to a Location header must itself be a plain path.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
