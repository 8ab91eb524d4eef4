// The HTTP server that `npm start`, `npm run dev` (with --dev), the e2e server and
// the bench run: Next's request handler behind a plain Node server that first sets
// the client address from the socket (or from X-Forwarded-For when
// TRUSTED_PROXIES trusts the peer), which neither `next start` nor `next dev` can
// do. Arguments: --port/-p, --hostname/-H, --dev (Next's development server).
import next from "next";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseTrustedProxies } from "@/lib/auth/trusted-proxies";
import { createAppServer } from "./lib/app-server";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
// However this script was started, Next reports nothing to Vercel (it reads this when it would send).
process.env.NEXT_TELEMETRY_DISABLED = "1";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, dev: { type: "boolean" } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Unset: every interface, IPv4 and IPv6, as `next start` does.
const hostname = values.hostname;

let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`Cannot start: ${(error as Error).message}`);
  process.exit(1);
}

const app = next({ dev: values.dev ?? false, dir: PROJECT_ROOT, hostname: hostname ?? "localhost", port });
await app.prepare();
const server = createAppServer(app.getRequestHandler(), trusted);
server.listen({ port, host: hostname }, () => {
  console.log(`Ready on http://${hostname ?? "localhost"}:${port}`);
  if (trusted.size === 0) console.log("Client addresses: the socket's (TRUSTED_PROXIES is not set).");
  else console.log(`Client addresses: from X-Forwarded-For when the peer is in TRUSTED_PROXIES (${process.env.TRUSTED_PROXIES}).`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
