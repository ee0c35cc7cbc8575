// Which address the app believes is the client's, decided once by the server in front of Next (scripts/serve.ts)
// before any route sees the request. Pure, so the rules are unit-tested without a server.
//
// - Without TRUST_PROXY the socket's peer is the client: a student's `X-Forwarded-For: 9.9.9.9` is dropped, so
//   nobody can dodge a per-IP throttle (or pin it on a classmate) by writing a header.
// - TRUST_PROXY=loopback (a reverse proxy on this machine) or a comma list of proxy addresses: when the socket
//   peer is one of them, walk X-Forwarded-For from the right (each proxy appends the peer it saw), skip trusted
//   proxies, and take the first untrusted hop. Entries left of it were written by the client and are ignored.
import { isIP } from "node:net";

export type TrustedProxies = { loopback: boolean; addresses: ReadonlySet<string> };

export const TRUST_NO_PROXY: TrustedProxies = { loopback: false, addresses: new Set() };

/** `::ffff:1.2.3.4` → `1.2.3.4`; `[::1]:8080` → `::1`; `1.2.3.4:5678` → `1.2.3.4`; lower-case IPv6. */
export function normalizeAddress(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Parses TRUST_PROXY; throws a sentence naming the bad entry (the server refuses to start with it). */
export function parseTrustProxy(value: string | undefined): TrustedProxies {
  if (!value || value.trim() === "") return TRUST_NO_PROXY;
  let loopback = false;
  const addresses = new Set<string>();
  for (const entry of value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    if (entry.toLowerCase() === "loopback") loopback = true;
    else if (isIP(normalizeAddress(entry))) addresses.add(normalizeAddress(entry));
    else
      throw new Error(
        `TRUST_PROXY has "${entry}", which is neither "loopback" nor an IP address (example: TRUST_PROXY=loopback or TRUST_PROXY=10.0.0.2,10.0.0.3).`,
      );
  }
  return { loopback, addresses };
}

function isLoopback(address: string): boolean {
  return address === "::1" || /^127\.\d+\.\d+\.\d+$/.test(address);
}

export function isTrustedProxy(address: string, trusted: TrustedProxies): boolean {
  return (trusted.loopback && isLoopback(address)) || trusted.addresses.has(address);
}

export const UNKNOWN_ADDRESS = "unknown";

export function resolveClientAddress(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trusted: TrustedProxies;
}): string {
  if (!input.socketAddress) return UNKNOWN_ADDRESS; // the socket closed before we looked
  let nearest = normalizeAddress(input.socketAddress);
  if (!isTrustedProxy(nearest, input.trusted)) return nearest;
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? "");
  const hops = header.split(",").map(normalizeAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // Not an address: whoever wrote it is not a proxy we trust; believe the last proxy that is.
    if (!isIP(hop)) return nearest;
    if (!isTrustedProxy(hop, input.trusted)) return hop;
    nearest = hop;
  }
  // Every hop is a trusted proxy (or there were none): the farthest one is the best we know.
  return nearest;
}
