// The client's IP address for throttles and rate limits. Route handlers never see the socket, so the server in
// front of Next (scripts/serve.ts, used by `npm start` and the tests) writes it: it drops every client-sent
// X-Forwarded-For / X-Real-IP and sets X-Forwarded-For to the one address it believes (the socket's, or the
// nearest untrusted hop when TRUST_PROXY names the proxies in front). On Vercel the platform's proxy does the same.
// So this reads only the first entry of that header; X-Real-IP and client-chosen chains are never trusted.
export const UNKNOWN_CLIENT_IP = "unknown";

export function clientIp(headers: Headers): string {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : UNKNOWN_CLIENT_IP;
}
