// `npm run build`: `next build` with Next.js telemetry off (scripts/lib/next-bin.ts).
import { spawnSync } from "node:child_process";
import { NEXT_BIN, nextEnv } from "./lib/next-bin";

const build = spawnSync(process.execPath, [NEXT_BIN, "build", ...process.argv.slice(2)], { stdio: "inherit", env: nextEnv() });
process.exit(build.status ?? 1);
