import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "@/lib/security/headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce, never inline or eval in production, and no framing", () => {
    const csp = contentSecurityPolicy("abc123==", { production: true });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  it("lets React's development tools eval only in development", () => {
    expect(contentSecurityPolicy("n", { production: false })).toMatch(/script-src [^;]*'unsafe-eval'/);
  });
});

describe("createNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("staticSecurityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(staticSecurityHeaders({ production: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(staticSecurityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ production: false })).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
  });
});
