import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { nextEnv, SERVE_ARGS } from "./next-bin";

export type ProductionServerOptions = {
  port: number | string;
  databaseUrl: string;
  /** Several instances of one app must share it; a fresh one when not given. */
  authSecret?: string;
  /** The environment to start from (default: nextEnv()); NEXT_DIST_DIR in it picks the build. */
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
  /** Options for node itself, e.g. --cpu-prof (which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
};

/**
 * One production instance of an app already built (scripts/serve.ts, as `npm start`
 * runs it, without the migrations): for the e2e server, the e2e specs and the bench.
 */
export function startProductionServer({ port, databaseUrl, authSecret, env = nextEnv(), stdio = "inherit", nodeArgs = [] }: ProductionServerOptions): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, ...SERVE_ARGS, "--port", String(port)], {
    stdio,
    env: {
      ...env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret ?? randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
    },
  });
}

/** Resolves once the app at baseUrl answers its login page; fails after timeoutMs. */
export async function waitForServer(baseUrl: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app at ${baseUrl} did not start within ${timeoutMs / 1000} s.`);
}

/** Stops an instance and waits until it has exited. */
export async function stopProductionServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
