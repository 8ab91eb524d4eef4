import { createRequire } from "node:module";
import path from "node:path";

/** Next's CLI, run with this Node (`node NEXT_BIN dev|build`). */
export const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** The production server (scripts/serve.ts), run as `node --import tsx SERVE_SCRIPT --port N`. */
export const SERVE_SCRIPT = path.resolve(import.meta.dirname, "../serve.ts");
export const SERVE_ARGS = ["--import", "tsx", SERVE_SCRIPT] as const;
/** The same server with Next's development server behind it, as `npm run dev` runs it (with NODE_ENV=development). */
export const DEV_SERVE_ARGS = [...SERVE_ARGS, "--dev"] as const;

/**
 * The environment for every Next process we start: Next.js telemetry off. A
 * tool holding human-rights defenders' cases must not phone home, and `next
 * build`, `dev` and `start` all report to Vercel unless told not to. Without
 * the owner's MIGRATION_DATABASE_URL: the app connects as its own role only.
 */
export function nextEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.MIGRATION_DATABASE_URL;
  return env;
}
