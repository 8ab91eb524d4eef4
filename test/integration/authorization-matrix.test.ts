/// <reference types="vite/client" />
// Every server action in lib/actions/*.ts and every route handler under
// app/api/ (except next-auth's own) against every kind of caller. Both lists
// are found by globbing, so a new action or route joins the matrix with no
// edit here — and one made without authorizedAction/authorizedRoute fails it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initialActionState, type ActionState } from "@/lib/action-state";
import type { AuthMeta } from "@/lib/auth/authorized";
import { hasRole, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { databaseSnapshot } from "@/test/integration/database-snapshot";
import { actAs } from "@/test/integration/helpers";

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

describe.each(actions.filter((a) => a.fn.meta).map((a) => [`${a.file} › ${a.name} [needs ${a.fn.meta!.role}]`, a] as const))("action %s", (_name, action) => {
  const required = action.fn.meta!.role;
  let snapshot: Record<string, string>;
  beforeAll(async () => {
    snapshot = await databaseSnapshot();
  });

  it.each(CALLERS.map((caller) => [`${label(caller)} is ${allowed(caller, required) ? "allowed" : "refused"}`, caller] as const))(
    "%s",
    async (_title, caller) => {
      await actAs(caller);
      const before = allowed(caller, required) ? null : await databaseSnapshot();
      const call = action.fn as unknown as (previous: ActionState, input: FormData) => Promise<ActionState>;
      const result = await call(initialActionState, new FormData());
      if (allowed(caller, required)) {
        // Empty input: a validation error proves the call got past the role check.
        expect([SESSION_ENDED, FORBIDDEN]).not.toContain(result.message);
      } else {
        expect(result).toMatchObject({ ok: false, message: caller === null ? SESSION_ENDED : FORBIDDEN });
        expect(await databaseSnapshot()).toEqual(before);
        expect(before).toEqual(snapshot);
      }
    },
  );
});

describe.each(routes.filter((r) => r.fn.meta).map((r) => [`${r.method} ${r.routePath} [needs ${r.fn.meta!.role}]`, r] as const))("route %s", (_name, route) => {
  const required = route.fn.meta!.role;

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
        expect(response.headers.get("content-type")).toMatch(/application\/json/);
        expect(await response.json()).toMatchObject({ error: { code: caller === null ? "UNAUTHENTICATED" : "FORBIDDEN" } });
        expect(await databaseSnapshot()).toEqual(before);
      }
    },
  );
});
