// API errors as RFC 9457 problem details: `detail` is the plain sentence for
// the user, `code` the stable machine-readable reason, `errors` the messages per
// parameter when there are any. Pure, so the proxy can answer with it too.

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Not logged in",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};

export function problemResponse(status: number, code: string, detail: string, errors?: unknown): Response {
  const body = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, code, ...(errors === undefined ? {} : { errors }) };
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json", "cache-control": "no-store" } });
}
