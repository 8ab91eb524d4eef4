import { headers } from "next/headers";
import NextAuth, { CredentialsSignin, type NextAuthConfig, type Session } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
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

const config: NextAuthConfig = {
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
      return Object.assign(session, loginClaims(token));
    },
  },
};

// NextAuth fills in config.secret from AUTH_SECRET; readSession decodes with it.
export const { handlers, auth, signIn, signOut } = NextAuth(config);

/** What a token says about its login: one reading for auth()'s session and readSession's. */
function loginClaims(token: JWT): Pick<Session, "loginAt" | "passwordChangedAt" | "sessionId"> {
  return {
    loginAt: typeof token.loginAt === "number" ? token.loginAt : undefined,
    passwordChangedAt: typeof token.passwordChangedAt === "number" ? token.passwordChangedAt : undefined,
    sessionId: typeof token.sid === "string" ? token.sid : undefined,
  };
}

/**
 * The session a request's cookies carry: the session cookie decrypted and
 * checked (expiry included) as auth() does it, and nothing more. auth() then
 * also signs a renewed cookie, which gains nothing here (sessions end 8 hours
 * after login however active, and the row in user_sessions is what counts) and
 * cost a second encryption and a round through next-auth's HTTP handler on
 * every request. Only the cookie is read, as auth() reads it: an Authorization
 * header is not a session.
 */
export async function sessionFromCookies(cookie: string): Promise<Session | null> {
  const known = decoded.get(cookie);
  if (known && Date.parse(known.expires) > Date.now()) return known;
  const token = await getToken({ req: { headers: { cookie } }, secret: config.secret ?? "", secureCookie: config.useSecureCookies });
  if (!token?.sub) return null;
  const user = { id: token.sub, name: token.name ?? "", email: token.email ?? "", role: token.role as Role };
  const session = { user, expires: new Date((token.exp ?? 0) * 1000).toISOString(), ...loginClaims(token) };
  remember(cookie, session);
  return session;
}

// Decrypting a cookie (a key derived with HKDF, then AES and an HMAC) was a
// tenth of a save's CPU time, for the same answer on every request of a login:
// the cookie cannot change without changing its text. So the answers for the
// cookies seen last are kept, until they expire. It is not a cache of who may
// do what: getCurrentUser still reads the session row on every request, so a
// logout or a disabled account takes effect at once on every instance.
const DECODED_LIMIT = 1000;
const decoded = new Map<string, Session>();

function remember(cookie: string, session: Session) {
  decoded.delete(cookie);
  decoded.set(cookie, session);
  // A Map keeps insertion order: the first key is the one seen longest ago.
  if (decoded.size > DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
}

/** The session of the current request, for server components and actions. */
export async function readSession(): Promise<Session | null> {
  return sessionFromCookies((await headers()).get("cookie") ?? "");
}
