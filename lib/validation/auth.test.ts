import { describe, expect, it } from "vitest";
import { callbackUrlSchema, loginSchema, newPasswordSchema } from "@/lib/validation/auth";
import { userNameSchema } from "@/lib/validation/users";

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

describe("control characters in account fields", () => {
  it("refuses them in a new password but keeps every symbol and script", () => {
    expect(newPasswordSchema.safeParse("correct horse\u0000battery").error?.issues[0]?.message).toMatch(/control characters/);
    expect(newPasswordSchema.safeParse("\u202Eevil-long-password").success).toBe(false);
    expect(newPasswordSchema.parse("P@ss w0rd! «Қазақ» €%^&*()_+")).toBe("P@ss w0rd! «Қазақ» €%^&*()_+");
  });

  it("refuses them in a person's name with a message naming the character", () => {
    expect(userNameSchema.safeParse("Ann\u202Eeb").error?.issues[0]?.message).toMatch(/control character \(U\+202E\)/);
  });
});

describe("callbackUrl", () => {
  it("falls back to / for a repeated or non-string parameter instead of throwing", () => {
    expect(callbackUrlSchema.parse(["/a", "/b"])).toBe("/");
    expect(callbackUrlSchema.parse("/concerns")).toBe("/concerns");
  });
});
