import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolveClientAddress, type TrustedProxies } from "@/lib/auth/trusted-proxies";
import { RETRY_AFTER_SECONDS } from "@/lib/database/outage";
import { runInOutageScope } from "@/lib/database/outage-scope";

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

/**
 * A page that failed because the database is down is a 503 with Retry-After,
 * not Next's 500: lib/db.ts notes the outage in the request's scope, and the
 * status is swapped as the head is written. Only before streaming starts; a
 * part of a page that fails later (under a loading.tsx) has sent its 200 already.
 */
function answerOutagesWith503(response: ServerResponse, scope: { outage: boolean }) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && scope.outage) {
      statusCode = 503;
      if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      this.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    }
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as ServerResponse;
  } as ServerResponse["writeHead"];
}

/**
 * A server action's answer goes out uncompressed: it is about a hundred bytes of
 * RSC payload (the status actions render no page into it), and gzip, set up
 * afresh for each answer, took about 5% of the server's busy time in a profile
 * of the write bench.
 */
function answerActionsUncompressed(request: IncomingMessage) {
  if (request.headers["next-action"] !== undefined) delete request.headers["accept-encoding"];
}

export function createAppServer(handle: Handler, trusted: TrustedProxies): Server {
  return createServer((request, response) => {
    stampClientAddress(request, trusted);
    answerActionsUncompressed(request);
    const scope = { outage: false };
    answerOutagesWith503(response, scope);
    Promise.resolve(runInOutageScope(scope, () => handle(request, response))).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Something went wrong. Please try again.");
    });
  });
}
