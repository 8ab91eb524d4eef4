import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolveClientAddress, type TrustedProxies } from "@/lib/auth/trusted-proxies";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

// Forwarding headers that only a trusted proxy may set. `next start` keeps a
// client-sent X-Forwarded-For as it is (it only fills it in when absent), so
// the login limits would count whatever address the client claimed.
const FORWARDING_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"] as const;

/**
 * Rewrites a request's forwarding headers before Next sees them:
 * X-Forwarded-For becomes the one client address (lib/auth/trusted-proxies.ts),
 * and the other forwarding headers are dropped unless the peer is a trusted
 * proxy, so Next derives host and protocol from the connection itself.
 */
export function stampClientAddress(request: IncomingMessage, trusted: TrustedProxies) {
  const peer = request.socket.remoteAddress;
  request.headers["x-forwarded-for"] = resolveClientAddress(peer, request.headers["x-forwarded-for"], trusted);
  if (!peer || !trusted.check(peer)) for (const name of FORWARDING_HEADERS) delete request.headers[name];
}

export function createAppServer(handle: Handler, trusted: TrustedProxies): Server {
  return createServer((request, response) => {
    stampClientAddress(request, trusted);
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Something went wrong. Please try again.");
    });
  });
}
