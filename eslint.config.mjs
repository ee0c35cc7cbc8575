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
            from: ["./app", "./monolith", "./serverless", "./components", "./infra", "./prisma", "./scripts", "./e2e"],
            message: "core/ is framework-free and imports nothing of ours (see docs/architecture.md).",
          },
          // infra holds adapters shared by both architectures; it depends only on core.
          { target: "./infra", from: ["./app", "./monolith", "./serverless", "./components"], message: "infra/ depends only on core/." },
          // The two architectures never import each other.
          { target: "./monolith", from: ["./serverless", "./app"], message: "monolith/ never imports serverless/ (or app/)." },
          { target: "./serverless", from: ["./monolith", "./app"], message: "serverless/ never imports monolith/ (or app/)." },
          // Shared UI takes data as props: it may import only core (types and pure helpers).
          {
            target: "./components",
            from: ["./app", "./monolith", "./serverless", "./infra", "./prisma"],
            message: "components/ import only core/.",
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

const config = [
  ...nextVitals,
  ...nextTs,
  boundaries,
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
    ],
  },
];

export default config;
