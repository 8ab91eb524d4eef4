// The security headers of every response. The Content-Security-Policy carries
// a fresh nonce per request (set by proxy.ts), which Next reads from the
// request's own CSP header and puts on the scripts it renders; no inline
// script runs without it. Edge-safe: no Node APIs, the proxy imports this.

export type HeaderOptions = { production: boolean };

/** 128 random bits, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { production }: HeaderOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic', as Next 16's own CSP guide has it with nonces: Next puts the nonce
    // on every script tag it renders, and its runtime adds route chunks as script
    // elements later, which 'strict-dynamic' lets run because a nonced script added
    // them. It also makes browsers that know it ignore 'self', so a script tag smuggled
    // into the HTML runs for no same-origin URL either, not only for no inline code;
    // 'self' stays for browsers that predate it.
    // React's development build needs eval for its debugging tools; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    // Inline styles cannot run code; the charts set widths with style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For answers that are data (the API's, a server action's), never a document: they may load and run nothing. */
export const DATA_ANSWER_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The headers without the CSP: the same for every response, static files included (next.config.ts). */
export function staticSecurityHeaders({ production }: HeaderOptions): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Paths and searches can name people and cases: never tell another site where a user came from.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over HTTPS does it mean anything; in development it would pin localhost to HTTPS.
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}
