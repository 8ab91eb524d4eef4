import { describe, expect, it } from "vitest";
import { callbackUrlSchema, loginSchema } from "@/lib/validation/auth";

describe("callbackUrlSchema", () => {
  it("turns every off-site target into /, as the login page and action read it", () => {
    for (const target of ["/\\evil.example", "/\t/evil.example", "//evil.example", "https://evil.example", "javascript:alert(1)"]) {
      expect(callbackUrlSchema.parse(target)).toBe("/");
    }
  });

  it("never sends the user back to the login page", () => {
    for (const target of ["/login", "/login?callbackUrl=/dashboard", "/login/", "/login#x"]) expect(callbackUrlSchema.parse(target)).toBe("/");
    expect(callbackUrlSchema.parse("/logins")).toBe("/logins");
  });

  it("keeps same-origin paths and defaults to /", () => {
    expect(callbackUrlSchema.parse("/account")).toBe("/account");
    expect(callbackUrlSchema.parse(undefined)).toBe("/");
    expect(callbackUrlSchema.parse(["/account", "//evil.example"])).toBe("/");
  });

  it("is what the login action validates", () => {
    const parsed = loginSchema.parse({ email: "a@example.org", password: "x", callbackUrl: "/\\evil.example" });
    expect(parsed.callbackUrl).toBe("/");
  });
});
