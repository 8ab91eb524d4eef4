import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authLogger } from "@/lib/auth/auth-logger";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { DATABASE_UNREACHABLE_LOGIN_MESSAGE, isDatabaseUnreachable } from "@/lib/database/outage";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";
import type { Role } from "@/lib/generated/prisma/enums";

export { SESSION_MAX_AGE_SECONDS };

declare module "next-auth" {
  interface User {
    role?: Role;
    passwordChangedAt?: number;
    sessionId?: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
    /** When the user logged in (ms): sessions end 8 hours later, however active. */
    loginAt?: number;
    /** The password's change stamp at login (ms): a later reset ends the session. */
    passwordChangedAt?: number;
    /** The user_sessions row of this login: once deleted, the cookie no longer works. */
    sessionId?: string;
  }
}

/** Carries a plain reason (e.g. "try again in 12 minutes") to the login form. */
export class LoginRefused extends CredentialsSignin {
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  trustHost: true,
  // Session and CSRF cookies marked Secure (and __Secure-/__Host- prefixed) in production, whatever
  // the proxy in front says about the protocol; browsers accept them on http://localhost for tests.
  useSecureCookies: process.env.NODE_ENV === "production",
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => {
        const result = await authenticate(String(credentials.email ?? ""), String(credentials.password ?? ""), clientIp(request.headers)).catch(
          (error: unknown) => {
            // Said on the form, instead of next-auth's "wrong email or password".
            if (isDatabaseUnreachable(error)) throw new LoginRefused(DATABASE_UNREACHABLE_LOGIN_MESSAGE);
            throw error;
          },
        );
        if (!result.ok) throw new LoginRefused(result.message);
        const { id, name, email, role, passwordChangedAt } = result.user;
        return { id: String(id), name, email, role, passwordChangedAt: passwordChangedAt.getTime(), sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    // One rule for every redirect target (lib/auth/safe-redirect.ts) instead of
    // next-auth's own, which passes on any string that starts with "/".
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, { origin: baseUrl })}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.loginAt = Date.now();
        token.passwordChangedAt = user.passwordChangedAt;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.loginAt = typeof token.loginAt === "number" ? token.loginAt : undefined;
      session.passwordChangedAt = typeof token.passwordChangedAt === "number" ? token.passwordChangedAt : undefined;
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
});
