// Lint = Next's recommended rules + the import directions of docs/architecture.md, enforced by
// import/no-restricted-paths (a violation fails `npm test`).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const boundaries = {
  files: ["**/*.{ts,tsx}"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          // core is framework-free and imports nothing of ours.
          {
            target: "./core",
            from: ["./app", "./monolith", "./serverless", "./components", "./infra", "./lens", "./prisma", "./scripts", "./e2e"],
            message: "core/ is framework-free and imports nothing of ours (see docs/architecture.md).",
          },
          // infra holds adapters shared by both architectures; it depends only on core.
          { target: "./infra", from: ["./app", "./monolith", "./serverless", "./components"], message: "infra/ depends only on core/." },
          // The two architectures never import each other.
          { target: "./monolith", from: ["./serverless", "./app"], message: "monolith/ never imports serverless/ (or app/)." },
          { target: "./serverless", from: ["./monolith", "./app"], message: "serverless/ never imports monolith/ (or app/)." },
          // The hybrid store wires both architectures together behind its routing facade; neither depends on it.
          { target: "./hybrid", from: ["./app"], message: "hybrid/ never imports app/." },
          {
            target: ["./core", "./infra", "./monolith", "./serverless", "./components"],
            from: ["./hybrid"],
            message: "Only app/ imports hybrid/: the two stores and the shared parts know nothing of the hybrid.",
          },
          // Shared UI takes data as props: it may import only core (types and pure helpers).
          {
            target: "./components",
            from: ["./app", "./monolith", "./serverless", "./infra", "./lens", "./prisma"],
            message: "components/ import only core/.",
          },
          // The architecture lens (lens/, decision 018) watches the stores; the stores and their shared adapters
          // reach it only through two entry points: the span wrapper on the server, the observed fetch in the
          // browser. Routes (app/), proxy.ts and instrumentation.ts wire the rest of it in.
          {
            target: ["./monolith", "./serverless", "./infra"],
            from: "./lens",
            except: ["./server/with-lens-span.ts", "./client/observed-fetch.ts"],
            message: "Stores reach the lens only through lens/server/with-lens-span.ts and lens/client/observed-fetch.ts.",
          },
          // lens/model is the lens's pure part: spans, traces, summaries. It imports core/ and nothing else of ours.
          {
            target: "./lens/model",
            from: [
              "./lens/server",
              "./lens/client",
              "./app",
              "./monolith",
              "./serverless",
              "./infra",
              "./components",
              "./prisma",
              "./scripts",
            ],
            message: "lens/model/ is pure: it imports only core/ (and other lens/model files).",
          },
          // The lens observes; it never depends on a store's wiring or on routes. The one exception: its function
          // view reads the serverless function runtime's own bookkeeping (serverless/runtime).
          { target: "./lens", from: ["./app", "./monolith"], message: "lens/ never imports app/ or monolith/." },
          {
            target: "./lens",
            from: "./serverless",
            except: ["./runtime"],
            message: "lens/ may read serverless/runtime/ but nothing else of serverless/.",
          },
        ],
      },
    ],
    // ARCH: the monolith navigates with plain links on purpose (every click is a full server round trip, and it
    // works with JavaScript off); the serverless SPA uses next/link where client-side navigation is the point.
    "@next/next/no-html-link-for-pages": "off",
    "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
  },
};

// Configuration in one place: app code reads settings through core/config/env.ts (validated, documented in
// docs/configuration.md), never process.env. Scripts, tests, e2e and config files may read it. The few files that must
// write a third-party library's own variable say why in an eslint-disable comment.
const configInOnePlace = {
  files: [
    "app/**/*.{ts,tsx}",
    "core/**/*.{ts,tsx}",
    "infra/**/*.{ts,tsx}",
    "monolith/**/*.{ts,tsx}",
    "serverless/**/*.{ts,tsx}",
    "hybrid/**/*.{ts,tsx}",
    "components/**/*.{ts,tsx}",
    "class/**/*.{ts,tsx}",
    "lessons/**/*.{ts,tsx}",
    "lens/**/*.{ts,tsx}",
    "proxy.ts",
    "instrumentation.ts",
    "next.config.ts",
  ],
  ignores: ["core/config/env.ts", "**/*.test.ts", "**/*.test.tsx"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "MemberExpression[object.name='process'][property.name='env']",
        message: "Read settings through env() in core/config/env.ts (add the variable to its schema and to docs/configuration.md).",
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  boundaries,
  configInOnePlace,
  // app/.well-known/: routes the Workflow SDK generates during `next build` (git-ignored), so a second `npm test`
  // on the same machine lints the same files as the first.
  {
    ignores: [
      ".next/**",
      ".vercel/**",
      "node_modules/**",
      "data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "app/.well-known/**",
      // `npm start` compiles scripts/start.ts here (scripts/start.mjs).
      "scripts/.compiled/**",
    ],
  },
];

export default config;
