import "server-only";
// The address phones use to join: this machine's LAN address (a phone cannot reach "localhost"), with the port
// the server listens on. Without a LAN address (a container, a laptop offline) the address the instructor's own
// browser used is the best guess.
import { networkInterfaces } from "node:os";
import QRCode from "qrcode";
import { env } from "../../core/config/env";

export const JOIN_PATH = "/class/join";

export function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return undefined;
}

export function joinUrl(headers: Headers): string {
  const host = headers.get("host") ?? "localhost";
  const requestPort = host.match(/:(\d+)$/)?.[1];
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  const lan = lanAddress();
  if (!lan) return `${proto}://${host}${JOIN_PATH}`;
  const { PORT, portConfigured } = env();
  const port = portConfigured ? String(PORT) : requestPort;
  return `http://${lan}${port && port !== "80" ? `:${port}` : ""}${JOIN_PATH}`;
}

/** The link (and QR code) phones open: it carries the run's join code, so scanning is enough. */
export function joinUrlWithCode(url: string, code: string): string {
  return `${url}?code=${encodeURIComponent(code)}`;
}

/** An SVG of the QR code; the caller gives it its accessible name. */
export async function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#1c1917", light: "#ffffff" } });
}
