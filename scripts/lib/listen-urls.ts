// The addresses `npm start` prints: where this computer reaches the app, and where the others in the room do.
import type { NetworkInterfaceInfo } from "node:os";

export type ListenUrls = {
  /** http://localhost:PORT, or null when HOST is one network address only (then localhost does not answer). */
  local: string | null;
  /** One per IPv4 network address students can reach; empty when the app is private to this machine. */
  lan: string[];
  /** HOST is a loopback address: nobody else can reach the app. */
  private: boolean;
};

const ALL_INTERFACES = new Set(["0.0.0.0", "::", ""]);
const isLoopbackHost = (host: string) => host === "localhost" || host === "::1" || /^127\./.test(host);

export function listenUrls(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): ListenUrls {
  const url = (h: string) => `http://${h.includes(":") ? `[${h}]` : h}:${port}`;
  if (isLoopbackHost(host)) return { local: url("localhost"), lan: [], private: true };
  const lanAddresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    // Node < 18.4 reported family as the number 4.
    .filter((i) => !i.internal && (i.family === "IPv4" || (i.family as unknown) === 4))
    .map((i) => i.address);
  if (ALL_INTERFACES.has(host)) return { local: url("localhost"), lan: [...new Set(lanAddresses)].map(url), private: false };
  // One specific address: only it answers.
  return { local: null, lan: [url(host)], private: false };
}

/** The line the instructor opens (a public contract: `Instructor: http://<host>:<port>/class?key=<key>`). */
export function instructorLine(urls: ListenUrls, classKey: string): string {
  const base = urls.lan[0] ?? urls.local ?? "";
  return `Instructor: ${base}/class?key=${encodeURIComponent(classKey)}`;
}
