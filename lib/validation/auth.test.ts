import { describe, expect, it } from "vitest";
import { callbackUrlSchema, newPasswordSchema } from "./auth";
import { userNameSchema } from "./users";

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
