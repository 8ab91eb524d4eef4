/// <reference types="vite/client" />
// Every server action in lib/actions/*.ts and every route handler under
// app/api/ (except next-auth's own) against every kind of caller, and every
// page's role check, compared with the written table docs/permissions.md. The
// lists are found by globbing, so a new action, route or page fails here until
// the table says who may use it — and one made without
// authorizedAction/authorizedRoute/requirePageUser fails too.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initialActionState, type ActionState } from "@/lib/action-state";
import type { AuthMeta } from "@/lib/auth/authorized";
import { hasRole, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { databaseSnapshot } from "@/test/integration/database-snapshot";
import { actAs, formData } from "@/test/integration/helpers";
import { PERMISSIONS_FILE, readPermissions } from "@/test/integration/permissions-table";
import { freshUser, VALID_INPUTS } from "@/test/integration/valid-action-inputs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SESSION_ENDED = "Your session has ended. Please log in again.";
const FORBIDDEN = "You do not have permission to do this.";
const CALLERS = [null, "VIEWER", "ANALYST", "ADMIN"] as const satisfies readonly (Role | null)[];
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

// Server actions anyone may call, each for a reason: the way in and the way out.
const UNWRAPPED_ACTION_FILES = ["app/(auth)/login/actions.ts", "lib/auth/logout.ts"];

type Guarded = ((...args: never[]) => Promise<unknown>) & { meta?: AuthMeta };

const actionModules = import.meta.glob<Record<string, unknown>>(["../../lib/actions/*.ts", "!../../lib/actions/*.test.ts"], { eager: true });
const routeModules = import.meta.glob<Record<string, unknown>>(["../../app/api/**/route.ts", "!../../app/api/auth/**"], { eager: true });

const relative = (key: string) => path.relative(ROOT, path.resolve(import.meta.dirname, key));

const actions = Object.entries(actionModules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, value]) => ({ file: relative(file), name, fn: value as Guarded })),
);

const routes = Object.entries(routeModules).flatMap(([file, exports]) => {
  const routePath = relative(file).replace(/^app/, "").replace(/\/route\.ts$/, "");
  return Object.entries(exports)
    .filter(([, value]) => typeof value === "function")
    .map(([method, value]) => ({ file: relative(file), routePath, method, fn: value as Guarded }));
});

const permissions = readPermissions(ROOT);
const actionKey = (action: { file: string; name: string }) => `${action.file}#${action.name}`;
const routeKey = (route: { method: string; routePath: string }) => `${route.method} ${route.routePath}`;
/** The role the written table requires; the discovery tests fail first when a row is missing. */
const tableRole = (key: string): Role => permissions.get(key)?.role ?? "ADMIN";

/** Pages, and layouts that check the role, under app/(app). */
function pageFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name === "page.tsx" || (entry.name === "layout.tsx" && readFileSync(path.join(ROOT, child), "utf8").includes("requirePageUser("))) found.push(child);
    }
  };
  walk("app/(app)");
  return found.sort();
}

/** The role a page's own requirePageUser() call asks for, or null when it has none (the (app) layout's check applies). */
function pageRole(file: string): Role | null {
  const calls = [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/requirePageUser\(\s*(?:"(\w+)")?/g)];
  if (calls.length === 0) return null;
  const roles = new Set(calls.map((call) => (call[1] ?? "VIEWER") as Role));
  expect(roles.size, `${file} asks for different roles`).toBe(1);
  return [...roles][0]!;
}

/** A finished action either answers ok or redirects to the page it saved. */
async function expectSucceeds(call: Promise<ActionState>) {
  try {
    const result = await call;
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return;
    throw error;
  }
}

const label = (caller: Role | null) => caller ?? "anonymous";
const allowed = (caller: Role | null, required: Role) => caller !== null && hasRole(caller, required);

/** Concrete URL and params for a route path: every dynamic segment gets an id that matches nothing. */
function routeRequest(routePath: string, method: string) {
  const params: Record<string, string | string[]> = {};
  const url = routePath.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_match, rest: string | undefined, name: string) => {
    params[name] = rest ? ["0"] : "0";
    return "0";
  });
  const hasBody = !["GET", "HEAD", "OPTIONS"].includes(method);
  const request = new Request(`http://localhost${url}`, {
    method,
    headers: hasBody ? { "content-type": "application/json" } : {},
    body: hasBody ? "{}" : undefined,
  });
  return { request, context: { params: Promise.resolve(params) } };
}

// Opens each demo user's test session before any snapshot is taken: actAs()
// reopens the same row each time, so no later call changes the checksums.
beforeAll(async () => {
  for (const role of ROLES) await actAs(role);
  await actAs(null);
});

describe("discovery", () => {
  it("finds the server actions and route handlers to check", () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.map((a) => `${a.file}#${a.name}`)).toContain("lib/actions/users.ts#createUser");
    expect(actions.map((a) => `${a.file}#${a.name}`)).toEqual(expect.arrayContaining(["lib/actions/aliases.ts#addAlias", "lib/actions/aliases.ts#removeAlias"]));
  });

  it.each(actions.map((a) => [`${a.file} › ${a.name}`, a] as const))("%s is made with authorizedAction", (_name, action) => {
    expect(typeof action.fn, `${action.name} is not a function`).toBe("function");
    expect(action.fn.meta, `${action.file} exports ${action.name} without authorizedAction()`).toBeDefined();
    expect(ROLES).toContain(action.fn.meta?.role);
  });

  it.each(routes.map((r) => [`${r.method} ${r.routePath}`, r] as const))("%s is made with authorizedRoute", (_name, route) => {
    expect(HTTP_METHODS, `${route.file} exports a function ${route.method} that is not an HTTP method`).toContain(route.method);
    expect(route.fn.meta, `${route.file} exports ${route.method} without authorizedRoute()`).toBeDefined();
    expect(ROLES).toContain(route.fn.meta?.role);
  });

  it(`has a row in ${PERMISSIONS_FILE} for every action, route and page, and no row for anything that is gone`, () => {
    const inCode = [
      ...actions.map((a) => `action ${actionKey(a)}`),
      ...routes.map((r) => `route ${routeKey(r)}`),
      ...pageFiles().map((file) => `page ${file}`),
    ].sort();
    const inTable = [...permissions.values()].map((p) => `${p.kind} ${p.key}`).sort();
    expect(inTable).toEqual(inCode);
  });

  it.each(actions.map((a) => [actionKey(a), a] as const))(`%s declares the role ${PERMISSIONS_FILE} gives it`, (key, action) => {
    expect(action.fn.meta?.role).toBe(permissions.get(key)?.role);
  });

  it.each(routes.map((r) => [routeKey(r), r] as const))(`%s declares the role ${PERMISSIONS_FILE} gives it`, (key, route) => {
    expect(route.fn.meta?.role).toBe(permissions.get(key)?.role);
  });

  it.each(pageFiles().map((file) => [file] as const))(`%s asks for the role ${PERMISSIONS_FILE} gives it`, (file) => {
    // A page without its own check is open to anyone the (app) layout lets in: a viewer.
    expect(pageRole(file) ?? "VIEWER").toBe(permissions.get(file)?.role);
  });

  it("has a valid input for every action, so refusals are tested with input that would otherwise be saved", () => {
    expect(Object.keys(VALID_INPUTS).sort()).toEqual(actions.map(actionKey).sort());
  });

  it("has no server actions outside lib/actions except the login and logout ones", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const child = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(child);
        else if (/\.tsx?$/.test(entry.name) && /^\s*["']use server["']/m.test(readFileSync(path.join(ROOT, child), "utf8"))) found.push(child);
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(dir);
    const outside = found.filter((file) => !file.startsWith("lib/actions/") && !file.startsWith("lib/generated/"));
    expect(outside.sort()).toEqual([...UNWRAPPED_ACTION_FILES].sort());
  });
});

describe.each(actions.map((a) => [`${actionKey(a)} [needs ${tableRole(actionKey(a))}]`, a] as const))("action %s", (_name, action) => {
  const key = actionKey(action);
  const required = tableRole(key);

  it.each(CALLERS.map((caller) => [`${label(caller)} is ${allowed(caller, required) ? "allowed" : "refused, even with valid input"}`, caller] as const))(
    "%s",
    async (_title, caller) => {
      const call = action.fn as unknown as (previous: ActionState, input: FormData) => Promise<ActionState>;
      if (allowed(caller, required)) {
        await actAs(caller);
        // Empty input: a validation error proves the call got past the role check.
        const result = await call(initialActionState, new FormData());
        expect([SESSION_ENDED, FORBIDDEN]).not.toContain(result.message);
      } else {
        const { fields } = await VALID_INPUTS[key]!();
        await actAs(caller);
        const before = await databaseSnapshot();
        const result = await call(initialActionState, formData(fields));
        expect(result).toMatchObject({ ok: false, message: caller === null ? SESSION_ENDED : FORBIDDEN });
        expect(await databaseSnapshot()).toEqual(before);
      }
    },
  );

  it(`succeeds for ${label(required)} with the input refused callers are sent`, async () => {
    const { fields, actorEmail } = await VALID_INPUTS[key]!();
    await actAs(actorEmail ?? (await freshUser(required)).email);
    await expectSucceeds((action.fn as unknown as (previous: ActionState, input: FormData) => Promise<ActionState>)(initialActionState, formData(fields)));
  });
});

describe.each(routes.map((r) => [`${routeKey(r)} [needs ${tableRole(routeKey(r))}]`, r] as const))("route %s", (_name, route) => {
  const required = tableRole(routeKey(route));

  it.each(CALLERS.map((caller) => [`${label(caller)} is ${allowed(caller, required) ? "allowed" : "refused"}`, caller] as const))(
    "%s",
    async (_title, caller) => {
      await actAs(caller);
      const before = await databaseSnapshot();
      const { request, context } = routeRequest(route.routePath, route.method);
      const handler = route.fn as unknown as (request: Request, context: unknown) => Promise<Response>;
      const response = await handler(request, context);
      if (allowed(caller, required)) {
        expect([401, 403]).not.toContain(response.status);
      } else {
        expect(response.status).toBe(caller === null ? 401 : 403);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(await response.json()).toMatchObject({ status: caller === null ? 401 : 403, code: caller === null ? "UNAUTHENTICATED" : "FORBIDDEN", detail: expect.any(String) });
        expect(await databaseSnapshot()).toEqual(before);
      }
    },
  );
});
