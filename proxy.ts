import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/next-auth";
import { DEFAULT_REDIRECT, safeRedirectPath } from "@/lib/auth/safe-redirect";

// Only redirects anonymous visitors; every action, handler and page checks the
// user and role itself (lib/auth/authorized.ts).
const withSession = auth((request) => {
  if (request.auth) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Log in to use this API." } }, { status: 401 });
  }
  const login = new URL("/login", request.nextUrl);
  const callbackUrl = safeRedirectPath(`${pathname}${search}`);
  if (callbackUrl !== DEFAULT_REDIRECT) login.searchParams.set("callbackUrl", callbackUrl);
  return NextResponse.redirect(login);
});

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Typed by next-auth as a route handler; at runtime it is the proxy wrapper.
  const response: unknown = await (withSession as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<unknown>)(request, event);
  // next-auth re-issues the session cookie on every request it sees here. That
  // gains nothing (sessions end 8 hours after login however active), and a
  // re-issued cookie on a request still in flight at logout (a link prefetch)
  // would bring the ended session back.
  if (response instanceof Response) response.headers.delete("set-cookie");
  return response;
}

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
