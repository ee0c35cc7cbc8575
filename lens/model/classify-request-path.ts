// Which component of which store served a request, read from its path. Next's own server spans carry only
// the URL, so this is how a page render or a route handler gets its place in the lens.
import type { LensComponent, LensMode } from "./span";

export type RequestClass = { component: LensComponent; mode: LensMode } | { ignore: true };

export function classifyRequestPath(target: string): RequestClass {
  const path = target.split("?")[0] ?? "";
  // The lens's own reads and writes would otherwise fill the store with traces of looking at traces.
  if (path.startsWith("/api/lens/")) return { ignore: true };
  // Static chunks and stored pictures are fetched by the browser's own loader, not by a store action.
  if (path.startsWith("/_next/") || path.startsWith("/api/blob/")) return { ignore: true };
  if (path.startsWith("/api/auth/")) return { component: "auth", mode: "serverless" }; // next-auth: the BaaS auth stand-in
  if (path === "/api/baas/token") return { component: "auth", mode: "serverless" };
  if (path.startsWith("/api/baas/")) return { component: "data-api", mode: "serverless" };
  if (path.startsWith("/api/functions/")) return { component: "gateway", mode: "serverless" };
  if (path.startsWith("/api/serverless/")) return { component: "gateway", mode: "serverless" };
  // The Workflow runtime calls its steps over these internal routes: each call is one pipeline step.
  if (path.startsWith("/.well-known/workflow/")) return { component: "pipeline-step", mode: "serverless" };
  if (/^\/api\/monolith\/(login|logout|register)(\/|$)/.test(path)) return { component: "auth", mode: "monolith" };
  if (path.startsWith("/api/monolith/") || path === "/monolith" || path.startsWith("/monolith/"))
    return { component: "web-server", mode: "monolith" };
  // The hybrid store: every page and form post passes its routing facade first (it sits in the old server's place).
  if (path === "/hybrid" || path.startsWith("/hybrid/") || path.startsWith("/api/hybrid/"))
    return { component: "routing-facade", mode: "monolith" };
  if (path === "/serverless" || path.startsWith("/serverless/")) return { component: "web-server", mode: "serverless" };
  // Anything else (health checks, the landing page, image status polls) is not a store action: not recorded.
  return { ignore: true };
}
