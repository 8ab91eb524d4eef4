import { NextResponse, type NextRequest } from "next/server";
import { sessionFromCookies } from "@/lib/auth/next-auth";
import { DEFAULT_REDIRECT, safeRedirectPath } from "@/lib/auth/safe-redirect";
import { contentSecurityPolicy, createNonce, isProduction, staticSecurityHeaders } from "@/lib/security/headers";

// Two jobs for pages. Every page gets the security headers, with a fresh CSP
// nonce that Next reads from the request's CSP header and puts on its scripts.
// And anonymous visitors are redirected to the login page; every action,
// handler and page checks the user and role itself (lib/auth/authorized.ts).

// Open to anonymous visitors: the way in, and files every browser asks for.
const PUBLIC_PATHS = /^\/(?:login(?:\/|$)|favicon\.svg$|favicon\.ico$|robots\.txt$)/;

type Security = { requestHeaders: Headers; csp: string };

function security(request: NextRequest): Security {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { production: isProduction() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  return { requestHeaders, csp };
}

function withHeaders(response: Response, csp: string): Response {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ production: isProduction() }))) response.headers.set(name, value);
  return response;
}

export default async function proxy(request: NextRequest) {
  const { requestHeaders, csp } = security(request);
  const pass = () => withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.test(pathname)) return pass();
  // The cookie decrypted and checked, as next-auth's auth() wrapper would, but
  // without the renewed cookie it signs on every request: that gains nothing
  // (sessions end 8 hours after login however active), costs an encryption per
  // request, and a renewed cookie on a request still in flight at logout (a
  // link prefetch) would bring the ended session back.
  if (await sessionFromCookies(request.headers.get("cookie") ?? "")) return pass();
  const login = new URL("/login", request.nextUrl);
  const callbackUrl = safeRedirectPath(`${pathname}${search}`);
  if (callbackUrl !== DEFAULT_REDIRECT) login.searchParams.set("callbackUrl", callbackUrl);
  return withHeaders(NextResponse.redirect(login), csp);
}

export const config = {
  matcher: [
    {
      // Not for what carries no page, so no nonce to hand out, and checks its caller
      // itself: build assets (public), the API (JSON and files; every /api/v1 route is
      // made with authorizedRoute, which answers 401 problem details, and /api/auth is
      // next-auth's own login) and the answers to server-action calls (an RSC payload;
      // each action checks the session). Skipping the proxy spares each API request and
      // each save its work; next.config.ts gives them the security headers. A form posted
      // without JavaScript carries no Next-Action header and is answered with a page.
      source: "/((?!_next/static|_next/image|api/).*)",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
