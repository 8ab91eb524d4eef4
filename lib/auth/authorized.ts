import "server-only";
import { forbidden, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { problemResponse } from "@/lib/api/problem";
import { authenticateApiToken, bearerToken } from "@/lib/auth/api-tokens";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import {
  DATABASE_UNREACHABLE_MESSAGE,
  DATABASE_UNREACHABLE_READ_MESSAGE,
  databaseUnreachableProblem,
  isDatabaseUnreachable,
} from "@/lib/database/outage";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

// Every server action and route handler is made with one of these wrappers, so
// the session and role check cannot be forgotten. `meta` lets the authorisation
// test find and exercise every action and route without a hand-kept list.
export type AuthMeta = { role: Role };

/**
 * Until a user replaces the one-time password an admin gave them, they may only
 * see their account page and change the password there; everything else is
 * refused (actions, API) or sends them to that page.
 */
export type AuthOptions = { allowPendingPasswordChange?: boolean };
const PASSWORD_CHANGE_PAGE = "/account?password=required";

export type FormInput = FormData | Record<string, unknown>;
export type FormAction = ((previous: ActionState, input: FormInput) => Promise<ActionState>) & { meta: AuthMeta };

const FORBIDDEN_MESSAGE = "You do not have permission to do this.";
const SESSION_ENDED_MESSAGE = "Your session has ended. Please log in again.";
const UNEXPECTED_MESSAGE = "Something went wrong and nothing was saved. Please try again.";
const PASSWORD_CHANGE_MESSAGE = "Choose your own password on your account page first: the one you logged in with was a one-time password.";

function toObject(input: FormInput): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const object: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = object[key];
    if (existing === undefined) object[key] = value;
    else object[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return object;
}

/** What the user typed and ticked, minus passwords, so a refused form can be filled again. */
function echoInput(input: Record<string, unknown>): Pick<ActionState, "values" | "choices"> {
  const values: Record<string, string> = {};
  const choices: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (/password/i.test(key)) continue;
    if (typeof value === "string" || typeof value === "number") values[key] = String(value);
    else if (Array.isArray(value)) choices[key] = value.filter((item): item is string => typeof item === "string");
  }
  return { values, choices };
}

export function authorizedAction<S extends z.ZodType>(
  role: Role,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<ActionState | void>,
  { allowPendingPasswordChange = false }: AuthOptions = {},
): FormAction {
  const action = async (_previous: ActionState, input: FormInput): Promise<ActionState> => {
    const raw = toObject(input);
    const echo = echoInput(raw);
    try {
      return await check(raw, echo);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are thrown on purpose
      if (error instanceof AppError) {
        const fieldErrors = error.code === "VALIDATION" ? (error.details as ActionState["fieldErrors"]) : undefined;
        return { ok: false, message: error.message, fieldErrors, ...echo, data: error.code === "STALE_VERSION" ? error.details : undefined };
      }
      // The session read or the save found the database down. The answer is still
      // an HTTP 200: Next 16 gives a server action no way to set its status, and a
      // thrown error would replace the form, and what was typed, with the error page.
      if (isDatabaseUnreachable(error)) return { ok: false, message: DATABASE_UNREACHABLE_MESSAGE, ...echo };
      console.error(error);
      return { ok: false, message: UNEXPECTED_MESSAGE, ...echo };
    }
  };

  const check = async (raw: Record<string, unknown>, echo: ReturnType<typeof echoInput>): Promise<ActionState> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: SESSION_ENDED_MESSAGE, ...echo };
    if (!hasRole(user.role, role)) return { ok: false, message: FORBIDDEN_MESSAGE, ...echo };
    if (user.mustChangePassword && !allowPendingPasswordChange) return { ok: false, message: PASSWORD_CHANGE_MESSAGE, ...echo };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.length ? issue.path.map(String).join(".") : "form";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, message: "Please correct the highlighted fields.", fieldErrors, ...echo };
    }
    return (await handler(parsed.data, user)) ?? { ok: true };
  };
  return Object.assign(action, { meta: { role } });
}

export type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { meta: AuthMeta };

/** An API error as problem details (lib/api/problem.ts). */
export function jsonError(status: number, code: string, message: string, details?: unknown): Response {
  return problemResponse(status, code, message, details);
}

/** The caller: a program by its API token (judged by the token alone), a browser by its session cookie; or the refusal. */
async function routeCaller(request: Request): Promise<SessionUser | Response | null> {
  const token = bearerToken(request);
  if (token === undefined) return getCurrentUser();
  const checked = await authenticateApiToken(token, request.method);
  if (checked.ok) return checked.user;
  const response = jsonError(checked.status, checked.code, checked.message);
  if (checked.retryAfterSeconds) response.headers.set("Retry-After", String(checked.retryAfterSeconds));
  return response;
}

export function authorizedRoute(
  role: Role,
  handler: (request: Request, user: SessionUser, context: RouteContext) => Promise<Response>,
): RouteHandler {
  const route = async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const user = await routeCaller(request);
      if (user instanceof Response) return user;
      if (!user) return jsonError(401, "UNAUTHENTICATED", "Log in to use this API.");
      if (!hasRole(user.role, role)) return jsonError(403, "FORBIDDEN", FORBIDDEN_MESSAGE);
      if (user.mustChangePassword) return jsonError(403, "PASSWORD_CHANGE_REQUIRED", PASSWORD_CHANGE_MESSAGE);
      return await handler(request, user, context);
    } catch (error) {
      if (error instanceof AppError) return jsonError(HTTP_STATUS[error.code], error.code, error.message, error.details);
      if (isDatabaseUnreachable(error)) {
        const reads = request.method === "GET" || request.method === "HEAD";
        return databaseUnreachableProblem(reads ? DATABASE_UNREACHABLE_READ_MESSAGE : DATABASE_UNREACHABLE_MESSAGE);
      }
      console.error(error);
      return jsonError(500, "INTERNAL", UNEXPECTED_MESSAGE);
    }
  };
  return Object.assign(route, { meta: { role } });
}

/**
 * For server components: the user, or a redirect to the login page, or the
 * 403 page (app/(app)/forbidden.tsx) when their role is not enough. forbidden()
 * rather than a thrown AppError: production builds hide a thrown error's
 * message from error.tsx, so it could not say what went wrong.
 */
export async function requirePageUser(role: Role = "VIEWER", { allowPendingPasswordChange = false }: AuthOptions = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, role)) forbidden();
  if (user.mustChangePassword && !allowPendingPasswordChange) redirect(PASSWORD_CHANGE_PAGE);
  return user;
}
