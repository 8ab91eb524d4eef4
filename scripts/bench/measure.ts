// Timing and size helpers for the benchmark.
import { gzipSync } from "node:zlib";

export type Stats = { n: number; p50: number; p95: number; mean: number };

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, p50: NaN, p95: NaN, mean: NaN };
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

export async function timeIt(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** A tiny cookie jar: enough for next-auth's csrf and session cookies. */
export class CookieJar {
  private cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index).trim(), pair!.slice(index + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string): boolean {
    return [...this.cookies.keys()].some((key) => key.includes(name));
  }
}

/** The JavaScript chunks a page's HTML loads (script src and modulepreload). */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js[^"]*)"/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*href="([^"]+\.js[^"]*)"/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+\.js[^"]*)"[^>]*rel="(?:modulepreload|preload)"/g)) urls.add(match[1]!);
  return [...urls];
}

const gzipCache = new Map<string, number>();
export async function gzipSize(base: string, url: string, cookie: string): Promise<number> {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(new URL(url, base), { headers: { cookie } })).arrayBuffer());
    gzipCache.set(url, gzipSync(body, { level: 9 }).length);
  }
  return gzipCache.get(url)!;
}

/** Logs in through next-auth's credentials callback with its CSRF token, as the login form does. */
export async function logIn(base: string, credentials: { email: string; password: string }): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ ...credentials, csrfToken, callbackUrl: `${base}/dashboard` }),
    redirect: "manual",
  });
  jar.store(response);
  if (!jar.has("session-token")) throw new Error(`login of ${credentials.email} failed (${response.status})`);
  return jar;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
