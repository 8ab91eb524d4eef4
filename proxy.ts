import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/next-auth";

// Only redirects anonymous visitors; every action, handler and page checks the
// user and role itself (lib/auth/authorized.ts).
export default auth((request) => {
  if (request.auth) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Log in to use this API." } }, { status: 401 });
  }
  const login = new URL("/login", request.nextUrl);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
});

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
