import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/auth/trusted-proxies";

const none = parseTrustedProxies(undefined);

describe("resolveClientAddress", () => {
  it("uses the socket address and ignores client-sent headers when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.5", "6.6.6.6", none)).toBe("203.0.113.5");
    expect(resolveClientAddress("203.0.113.5", "6.6.6.6, 7.7.7.7", none)).toBe("203.0.113.5");
    expect(resolveClientAddress("::ffff:127.0.0.1", "6.6.6.6", none)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, "6.6.6.6", none)).toBe("unknown");
  });

  it("reads X-Forwarded-For from the right, past trusted hops only", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", trusted)).toBe("198.51.100.7");
    // The client claimed 6.6.6.6; the proxy appended the address it saw.
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7", trusted)).toBe("198.51.100.7");
    // Two trusted hops in a row.
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7, 10.9.9.9", trusted)).toBe("198.51.100.7");
    // A trusted proxy that forwarded nothing: the proxy itself.
    expect(resolveClientAddress("10.1.2.3", undefined, trusted)).toBe("10.1.2.3");
    // Junk after a trusted hop is not an address.
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, not-an-ip", trusted)).toBe("10.1.2.3");
  });

  it("does not trust a peer outside the list, even with the header", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    expect(resolveClientAddress("203.0.113.5", "10.0.0.1", trusted)).toBe("203.0.113.5");
  });

  it("handles IPv6", () => {
    const trusted = parseTrustedProxies("::1, fd00::/8");
    expect(resolveClientAddress("::1", "2001:db8::5", trusted)).toBe("2001:db8::5");
    expect(resolveClientAddress("fd12::1", "[2001:db8::6]", trusted)).toBe("2001:db8::6");
  });
});

describe("parseTrustedProxies", () => {
  it.each(["10.0.0.0/33", "example.org", "10.0.0.0/8/1", "10.0.0.0/x", "1.2.3"])("refuses %j with a plain message", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/^TRUSTED_PROXIES: ".*" is not an IP address or CIDR range/);
  });
});
