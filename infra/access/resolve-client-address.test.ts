import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustProxy, resolveClientAddress } from "./resolve-client-address";

const none = parseTrustProxy(undefined);
const loopback = parseTrustProxy("loopback");

describe("normalizeAddress", () => {
  it("unwraps IPv4-mapped IPv6, brackets and ports", () => {
    expect(normalizeAddress("::ffff:192.168.1.7")).toBe("192.168.1.7");
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress(" [::1]:8080 ")).toBe("::1");
    expect(normalizeAddress("1.2.3.4:5678")).toBe("1.2.3.4");
    expect(normalizeAddress("FE80::1")).toBe("fe80::1");
  });
});

describe("parseTrustProxy", () => {
  it("reads loopback and address lists", () => {
    expect(none.loopback).toBe(false);
    expect(loopback.loopback).toBe(true);
    const list = parseTrustProxy(" 10.0.0.2, ::ffff:10.0.0.3 ,loopback");
    expect([...list.addresses].sort()).toEqual(["10.0.0.2", "10.0.0.3"]);
    expect(list.loopback).toBe(true);
  });
  it("refuses a value that is not an address, naming it", () => {
    expect(() => parseTrustProxy("10.0.0.2,yes")).toThrow(/"yes", which is neither "loopback" nor an IP address/);
  });
});

describe("resolveClientAddress", () => {
  it("without TRUST_PROXY believes only the socket, whatever the client wrote", () => {
    expect(resolveClientAddress({ socketAddress: "::ffff:192.168.1.20", forwardedFor: "9.9.9.9", trusted: none })).toBe("192.168.1.20");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "9.9.9.9, 8.8.8.8", trusted: none })).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress({ socketAddress: "192.168.1.20", forwardedFor: "9.9.9.9", trusted: loopback })).toBe("192.168.1.20");
  });

  it("behind a trusted proxy takes the first untrusted hop from the right", () => {
    // The client wrote 9.9.9.9 itself; the proxy on this machine appended the peer it saw, 192.168.1.20.
    expect(resolveClientAddress({ socketAddress: "::1", forwardedFor: "9.9.9.9, 192.168.1.20", trusted: loopback })).toBe("192.168.1.20");
    const chain = parseTrustProxy("10.0.0.2,10.0.0.3");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: ["1.1.1.1, 203.0.113.5", "10.0.0.2"], trusted: chain })).toBe(
      "203.0.113.5",
    );
  });

  it("falls back to the nearest trusted proxy when the header is missing, all trusted, or garbage", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: undefined, trusted: loopback })).toBe("127.0.0.1");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "127.0.0.2", trusted: loopback })).toBe("127.0.0.2");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "<script>", trusted: loopback })).toBe("127.0.0.1");
  });

  it("says unknown when the socket has no address any more", () => {
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "9.9.9.9", trusted: none })).toBe("unknown");
  });
});
