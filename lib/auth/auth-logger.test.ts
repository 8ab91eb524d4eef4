import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "@/lib/auth/auth-logger";

afterEach(() => vi.restoreAllMocks());

describe("authLogger", () => {
  it("prints nothing for a refused login: authenticate() has logged its one line", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    // What next-auth passes for the LoginRefused that authorize() throws.
    authLogger.error(Object.assign(new Error("Read more at https://errors.authjs.dev#credentialssignin"), { type: "CredentialsSignin" }));
    expect(error).not.toHaveBeenCalled();
  });

  it("prints other errors on one line, with their cause but no stack", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = Object.assign(new Error("JWT could not be decrypted\nsecond line"), { cause: { err: new Error("bad key") } });
    authLogger.error(failure);
    expect(error).toHaveBeenCalledTimes(1);
    const line = String(error.mock.calls[0]![0]);
    expect(line).toBe("[auth] Error: JWT could not be decrypted second line (cause: Error: bad key)");
  });
});
