import { AsyncLocalStorage } from "node:async_hooks";

// Lets the production server (scripts/lib/app-server.ts) answer a page that
// failed on a database outage with 503 instead of Next's 500: Next 16 has no
// way for a page to choose that status itself. The server opens a scope per
// request; lib/db.ts notes an outage in it.

type Scope = { outage: boolean };

// One instance for the whole process, on globalThis: the server script runs
// unbundled, the app inside Next's bundle, each with its own copy of this module.
const KEY = Symbol.for("dialogue-tracker.database-outage-scope");
const store = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<Scope> };
const storage = (store[KEY] ??= new AsyncLocalStorage<Scope>());

/** Runs a request's handling in a scope of its own; `scope.outage` tells afterwards whether the database was down. */
export function runInOutageScope<T>(scope: Scope, run: () => T): T {
  return storage.run(scope, run);
}

/** Records, for the request being handled (if any), that the database was not reachable. */
export function noteDatabaseOutage(): void {
  const scope = storage.getStore();
  if (scope) scope.outage = true;
}
