import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { withWorkflow } from "workflow/next";
import { API_CSP, COMMON_SECURITY_HEADERS } from "./infra/http/security-headers";
import { pointWorkflowAtDataFolder } from "./infra/lifecycle/local-workflow-world";

// The Workflow SDK's local world keeps its state in the data folder, not under .next (see the module). Set here,
// before any route loads the world, because `next build` and `next dev` read this file first.
pointWorkflowAtDataFolder();

// i18n/request.ts hands next-intl precompiled messages (i18n/compiled-messages.ts), so use-intl's formatter is its
// format-only build (no ICU parser) on the server and in the browser alike, the build next-intl's own
// `experimental.messages.precompile` points it at. i18n/format-message.ts wraps that build so the Intl formatters
// it uses are made once per process, not once per request.
const nextConfig: NextConfig = {
  // A teaching app: show real headers, hide the framework banner.
  poweredByHeader: false,
  typedRoutes: false,
  // /architecture/api's viewer files are read from node_modules at run time (lens/server/serve-viewer-file.ts).
  outputFileTracingIncludes: {
    "/architecture/api/viewer/[file]": [
      "./node_modules/swagger-ui-dist/swagger-ui-bundle.js",
      "./node_modules/swagger-ui-dist/swagger-ui.css",
    ],
  },
  // The seed's picture renderer (reached from the presenter's "Reset the store") reads this ~110 MB icon set at run
  // time. Bundled, it became one server chunk that every start compiled before answering (first requests 504).
  serverExternalPackages: ["@iconify-json/fluent-emoji"],
  turbopack: { resolveAlias: { "use-intl/format-message": "./i18n/format-message.ts" } },
  // The image optimizer (/_next/image) fetches the `url` it is given from this very server. Left open, any local
  // path would do: /_next/image?url=/api/class/events held an event-stream slot until restart. Only the public
  // pictures may be optimized (the store's own pages use none of it today).
  images: { localPatterns: [{ pathname: "/api/blob/**" }] },
  // Security headers on every response, also the paths proxy.ts skips (pictures, uploads). Pages get their
  // Content-Security-Policy (with a nonce) from proxy.ts; API answers and files get one that allows nothing.
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      { source: "/.well-known/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

// next-intl: i18n/request.ts picks each request's language (no locale in the address).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withWorkflow(withNextIntl(nextConfig));
