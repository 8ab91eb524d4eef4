import { BlockList, isIP } from "node:net";

// Which peer addresses may tell us the client's address in X-Forwarded-For.
// TRUSTED_PROXIES is a comma-separated list of addresses and CIDR ranges (e.g.
// "10.0.0.0/8, 127.0.0.1"). Unset, nobody is trusted: the client address is
// the socket's, whatever headers the client sent.

export type TrustedProxies = { check(address: string): boolean; size: number };

const NONE: TrustedProxies = { check: () => false, size: 0 };

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return NONE;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const normalized = normalizeAddress(address);
    const family = isIP(normalized);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && /^\d+$/.test(prefix!)))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8 or 127.0.0.1).`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(normalized, type);
    else list.addSubnet(normalized, bits, type);
  }
  return {
    size: entries.length,
    check(address) {
      const normalized = normalizeAddress(address);
      const family = isIP(normalized);
      return family !== 0 && list.check(normalized, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy,
 * in which case X-Forwarded-For is read from the right (each proxy appends the
 * address it saw) past every trusted hop; entries further left are whatever
 * the client claimed and are never used.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const peer = socketAddress ? normalizeAddress(socketAddress) : "unknown";
  if (trusted.size === 0 || !trusted.check(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) break; // garbage from a client: stop at the last address a trusted hop vouched for
    client = hop;
    if (!trusted.check(hop)) break;
  }
  return client;
}
