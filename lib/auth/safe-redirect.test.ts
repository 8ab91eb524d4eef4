import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

const ORIGIN = "http://127.0.0.1:3100";

describe("safeRedirectPath", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/rounds/3?tab=docs#top", "/rounds/3?tab=docs#top"],
    ["/concerns?q=%C3%A9", "/concerns?q=%C3%A9"],
    // Still encoded after one decode: a path on our own site, kept encoded.
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/a/../b", "/b"],
  ])("keeps the same-origin path %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/\u0000/evil.example",
    "https://evil.example",
    "http://evil.example/dashboard",
    "HTTPS://evil.example",
    "https:evil.example",
    "//evil.example/%2F..",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "http://app.invalid/dashboard",
    "",
    "/" + "a".repeat(3000),
  ])("refuses %j", (input) => {
    expect(safeRedirectPath(input)).toBe("/");
  });

  it("refuses what a browser makes of the encoded bypasses once the query string is decoded", () => {
    for (const encoded of ["/%5Cevil.example", "/%09/evil.example", "%2F%2Fevil.example", "/%0A/evil.example", "%5C%5Cevil.example"]) {
      expect(safeRedirectPath(decodeURIComponent(encoded))).not.toMatch(/evil|^\/\//);
      expect(new URL(safeRedirectPath(decodeURIComponent(encoded)), ORIGIN).origin).toBe(ORIGIN);
    }
  });

  it("accepts absolute URLs on the app's own origin only when the origin is given", () => {
    expect(safeRedirectPath(`${ORIGIN}/rounds`, { origin: ORIGIN })).toBe("/rounds");
    expect(safeRedirectPath(`${ORIGIN}/rounds`)).toBe("/");
    expect(safeRedirectPath("http://127.0.0.1:3101/rounds", { origin: ORIGIN })).toBe("/");
    expect(safeRedirectPath("http://user:pw@127.0.0.1:3100/rounds", { origin: ORIGIN })).toBe("/");
    expect(safeRedirectPath("/\\evil.example", { origin: ORIGIN })).toBe("/");
  });

  it("refuses anything that is not a string", () => {
    for (const input of [undefined, null, 42, ["/dashboard"], { href: "/dashboard" }]) expect(safeRedirectPath(input)).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeRedirectPath("//evil.example", { fallback: "/dashboard" })).toBe("/dashboard");
  });
});
