import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { withWorkflow } from "workflow/next";
import { API_CSP, COMMON_SECURITY_HEADERS } from "./infra/http/security-headers";

// ARCH: the serverless image pipeline runs as durable Workflow SDK runs. Without a Vercel deployment they use
// the local world, whose state (runs, steps, queue) is JSON on disk. withWorkflow would put it under
// .next/workflow-data, which every `next build` wipes — runs in flight would be lost — so it goes to the data
// folder instead (<DATA_DIR>/workflow), next to the database it belongs with. Set here, before any route loads
// the world, because `next build`, `next start` and `next dev` all read this file first.
// These are the Workflow SDK's own variables (it reads process.env itself), and the build must not validate the
// app's runtime settings (core/config/env.ts), hence the direct reads and writes.
/* eslint-disable no-restricted-syntax */
if (!process.env.VERCEL_DEPLOYMENT_ID && !process.env.WORKFLOW_TARGET_WORLD) {
  process.env.WORKFLOW_TARGET_WORLD = "local";
  process.env.WORKFLOW_LOCAL_DATA_DIR ??= path.join(path.resolve(process.env.DATA_DIR ?? "data"), "workflow");
}
/* eslint-enable no-restricted-syntax */

// i18n/request.ts hands next-intl precompiled messages (i18n/compiled-messages.ts), so use-intl's formatter is its
// format-only build (no ICU parser) on the server and in the browser alike. The same alias next-intl's own
// `experimental.messages.precompile` sets; resolved from here, as it does, so Turbopack takes the file itself.
const formatOnly = path.relative(
  process.cwd(),
  createRequire(path.join(process.cwd(), "package.json")).resolve("use-intl/format-message/format-only"),
);

const nextConfig: NextConfig = {
  // A teaching app: show real headers, hide the framework banner.
  poweredByHeader: false,
  typedRoutes: false,
  turbopack: { resolveAlias: { "use-intl/format-message": formatOnly.startsWith(".") ? formatOnly : `./${formatOnly}` } },
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
