import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { instructorLine, listenUrls } from "./listen-urls";

const iface = (address: string, family: "IPv4" | "IPv6", internal = false) => ({ address, family, internal }) as NetworkInterfaceInfo;
const interfaces = {
  lo: [iface("127.0.0.1", "IPv4", true), iface("::1", "IPv6", true)],
  wlan0: [iface("192.168.1.20", "IPv4"), iface("fe80::1", "IPv6")],
  docker0: [iface("172.17.0.1", "IPv4")],
};

describe("listenUrls", () => {
  it("on all interfaces: localhost plus every IPv4 network address", () => {
    expect(listenUrls("0.0.0.0", 3000, interfaces)).toEqual({
      local: "http://localhost:3000",
      lan: ["http://192.168.1.20:3000", "http://172.17.0.1:3000"],
      private: false,
    });
    expect(listenUrls("::", 3000, interfaces).lan).toHaveLength(2);
  });

  it("HOST=127.0.0.1 is private: localhost only", () => {
    expect(listenUrls("127.0.0.1", 3005, interfaces)).toEqual({ local: "http://localhost:3005", lan: [], private: true });
  });

  it("one specific address: only that one", () => {
    expect(listenUrls("192.168.1.20", 3000, interfaces)).toEqual({ local: null, lan: ["http://192.168.1.20:3000"], private: false });
  });

  it("no network at all: nothing to share", () => {
    expect(listenUrls("0.0.0.0", 3000, { lo: interfaces.lo }).lan).toEqual([]);
  });
});

describe("instructorLine", () => {
  it("uses the first LAN address, else localhost", () => {
    expect(instructorLine(listenUrls("0.0.0.0", 3000, interfaces), "k3y_-A")).toBe("Instructor: http://192.168.1.20:3000/class?key=k3y_-A");
    expect(instructorLine(listenUrls("127.0.0.1", 3000, interfaces), "a b")).toBe("Instructor: http://localhost:3000/class?key=a%20b");
  });
});
