import "server-only";
// The caller's IP as the gateway sees it: the first X-Forwarded-For hop (set by Next's server or the proxy
// in front of it), else X-Real-IP.
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "unknown";
}
